import { describe, expect, it } from 'vitest';
import { computeMatrix } from '../../shared/matrix';
import { layoutDiagram } from '../../renderer/review/diagram-layout';
import { shortPortLines } from '../../renderer/review/port-text';
import { examplePlan } from '../support/examples';

describe('the topology diagram', () => {
  const grid = computeMatrix(examplePlan('cluster-5-every-feature')).zoneGrid;
  const diagram = layoutDiagram(
    grid.zones.map((zone) => ({ zone, lines: [`a host in ${zone}`] })),
    grid.cells,
  );

  it('draws a box per zone, none overlapping, and an arrow per zone pair', () => {
    expect(diagram.boxes.map((b) => b.zone).sort()).toEqual([...grid.zones].sort());
    for (const a of diagram.boxes)
      for (const b of diagram.boxes) {
        if (a === b) continue;
        const apart =
          a.x + a.width <= b.x ||
          b.x + b.width <= a.x ||
          a.y + a.height <= b.y ||
          b.y + b.height <= a.y;
        expect(apart, `${a.zone} and ${b.zone} overlap`).toBe(true);
      }
    const pairs = grid.cells.filter((c) => c.sourceZone !== c.destinationZone);
    expect(diagram.edges).toHaveLength(pairs.length);
    expect(diagram.boxes.find((b) => b.zone === 'oe-nodes')!.within).toBeDefined();
  });

  it('labels arrows with short port lines, one per transport', () => {
    expect(
      shortPortLines(['53/tcp', '1898/tcp', '1908/tcp', '1918/tcp', '1928/tcp', '53/udp']),
    ).toEqual(['tcp 53, 1898, 1908, 1918 +1', 'udp 53']);
  });
});
