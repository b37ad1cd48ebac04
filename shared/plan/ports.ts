import type { PortRef } from '../catalog';
import type { Plan } from './schema';

/** The concrete port of a catalog row in this plan (configurable ports come from the plan's parameters). */
export function resolvePort(ref: PortRef, plan: Plan): number {
  if (typeof ref === 'number') return ref;
  const p = plan.parameters;
  switch (ref.param) {
    case 'dpfApiPort':
      return p.dpfApiPort;
    case 'dpfCallbackPort':
      return p.dpfCallbackPort;
    case 'identityProviderPort':
      return p.identityProviderPort;
    case 'sapGatewayPort':
      return (p.sapSnc ? 4800 : 3300) + Number(p.sapSystemNumber);
    default:
      return p.printerPorts[ref.param.slice('printer.'.length) as keyof typeof p.printerPorts];
  }
}
