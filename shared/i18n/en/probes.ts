/** English texts: why a probe reached its verdict, and what to know about a probe run. */
export const probes = {
  /** Why a probe reached its verdict: stored with the result as data, said in the reader's language. */
  probeReasons: {
    refusedTcp: 'refused (TCP reset): the path is open, nothing listens yet',
    refusedUdp:
      'ICMP port unreachable: the host answered and nothing listens on the port (a firewall that rejects this way looks the same)',
    unreachable: '{{code}}: no route to the host or network',
    ownFirewall: '{{code}}: this machine’s own firewall does not let the probe out',
    timedOut: 'ETIMEDOUT: no answer',
    notSent: 'the probe could not be sent: {{code}} {{message}}',
    otherProgram: 'connected; another program answered (not our responder)',
    udpOtherProgram: 'a UDP answer without our responder’s banner: another program listens',
    closedNoBanner:
      'connected, then closed by the other side without a banner: another program listens (not our responder)',
    noBanner: 'connected; no banner within {{ms}} ms: another program listens (not our responder)',
    verified: 'our responder on {{host}} answered{{nat}}',
    nat: '; NAT: the responder saw {{seen}}, this machine sent from {{sent}}',
    otherResponder:
      'a responder answered for {{host}} of plan "{{plan}}" on {{port}}/{{protocol}}{{wrongHost}}{{nat}}',
    wrongHost: ', not for {{host}}: check the address planned for {{host}}',
    filtered:
      'no answer within {{ms}} ms (filtered: a firewall drops the probe, or the host is down)',
    udpSilent:
      'no answer within {{ms}} ms: without our responder, UDP cannot tell an open port from a filtered one',
    lookupTimeout:
      'the name {{name}} did not resolve: no name server answered within {{seconds}} s',
    notResolved: 'the name {{name}} did not resolve ({{code}})',
    network:
      'the destination {{destination}} ({{name}}) is a network, and a probe tests single hosts: to test the path, add one real address of it to the plan',
    excluded:
      'inside the port range {{start}}-{{end}} that Windows excluded ({{why}}): no service can bind it',
    excludedByAdmin: 'added by an administrator',
    excludedByWindows: 'reserved by Windows, e.g. Hyper-V or WinNAT',
    inUseBy: 'in use by {{owners}}',
    inUseByHidden: 'in use by {{owners}} ({{hidden}})',
    inUseUnknown: 'in use; the operating system does not say by whom ({{hidden}})',
    hiddenNamespace: 'the process is not visible here (another container or PID namespace)',
    hiddenRoot: 'run as root to see the process',
    hiddenAdministrator: 'run as administrator to see the process',
    needsRoot:
      'binding port {{port}} needs root (or CAP_NET_BIND_SERVICE): the service will need it too; run the check with those rights to know whether the port is free',
    needsAdministrator:
      'binding port {{port}} needs administrator rights: the service will need it too; run the check with those rights to know whether the port is free',
    bindFailed: '{{code}}: {{message}}',
    portsBlocked_one: '{{ports}} is {{why}}',
    portsBlocked_other: '{{ports}} are {{why}}',
    tooSmall: 'smaller than the answer (no amplification)',
    rateLimit: 'rate limit',
  },
  /** What the technician should know about a probe run as a whole. */
  probeNotes: {
    notPlannedAddress:
      'this machine does not have the planned address of {{host}} ({{address}}): ports are checked on all addresses, and probes leave from the address the system picks; run on {{host}} itself for evidence',
    concurrencyLowered:
      'concurrency lowered from {{requested}} to {{allowed}}: this process may open only {{limit}} files (ulimit -n)',
  },
} as const;
