import type * as en from '../en/probes';
import type { Texts } from '../keys';

/** Deutsche Texte: warum eine Prüfung zu ihrem Ergebnis kam und was zu einem Prüflauf zu wissen ist. */
export const probes = {
  probeReasons: {
    refusedTcp: 'abgewiesen (TCP-Reset): Der Weg ist offen, noch lauscht nichts',
    refusedUdp:
      'ICMP Port unerreichbar: Der Host hat geantwortet, und auf dem Port lauscht nichts (eine Firewall, die so abweist, sieht gleich aus)',
    unreachable: '{{code}}: keine Route zum Host oder Netz',
    ownFirewall: '{{code}}: Die eigene Firewall dieses Rechners lässt die Prüfung nicht hinaus',
    timedOut: 'ETIMEDOUT: keine Antwort',
    notSent: 'Die Prüfung konnte nicht gesendet werden: {{code}} {{message}}',
    otherProgram: 'verbunden; ein anderes Programm hat geantwortet (nicht unser Responder)',
    udpOtherProgram:
      'eine UDP-Antwort ohne das Banner unseres Responders: Ein anderes Programm lauscht',
    closedNoBanner:
      'verbunden, dann von der Gegenseite ohne Kennung geschlossen: Ein anderes Programm lauscht (nicht unser Responder)',
    noBanner:
      'verbunden; keine Kennung innerhalb von {{ms}} ms: Ein anderes Programm lauscht (nicht unser Responder)',
    verified: 'Unser Responder auf {{host}} hat geantwortet{{nat}}',
    nat: '; NAT: Der Responder sah {{seen}}, dieser Rechner sendete von {{sent}}',
    otherResponder:
      'Ein Responder hat für {{host}} des Plans „{{plan}}“ auf {{port}}/{{protocol}} geantwortet{{wrongHost}}{{nat}}',
    wrongHost: ', nicht für {{host}}: Prüfen Sie die für {{host}} geplante Adresse',
    filtered:
      'keine Antwort innerhalb von {{ms}} ms (gefiltert: Eine Firewall verwirft die Prüfung, oder der Host ist aus)',
    udpSilent:
      'keine Antwort innerhalb von {{ms}} ms: Ohne unseren Responder kann UDP einen offenen Port nicht von einem gefilterten unterscheiden',
    lookupTimeout:
      'Der Name {{name}} wurde nicht aufgelöst: Kein Nameserver hat innerhalb von {{seconds}} s geantwortet',
    notResolved: 'Der Name {{name}} wurde nicht aufgelöst ({{code}})',
    network:
      'Das Ziel {{destination}} ({{name}}) ist ein Netz, und eine Prüfung testet einzelne Hosts: Um den Weg zu testen, nehmen Sie eine echte Adresse daraus in den Plan auf',
    excluded:
      'im Portbereich {{start}}-{{end}}, den Windows ausgeschlossen hat ({{why}}): Kein Dienst kann ihn binden',
    excludedByAdmin: 'von einem Administrator hinzugefügt',
    excludedByWindows: 'von Windows reserviert, z. B. für Hyper-V oder WinNAT',
    inUseBy: 'belegt von {{owners}}',
    inUseByHidden: 'belegt von {{owners}} ({{hidden}})',
    inUseUnknown: 'belegt; das Betriebssystem sagt nicht, von wem ({{hidden}})',
    hiddenNamespace: 'der Prozess ist hier nicht sichtbar (anderer Container oder PID-Namespace)',
    hiddenRoot: 'als root ausführen, um den Prozess zu sehen',
    hiddenAdministrator: 'als Administrator ausführen, um den Prozess zu sehen',
    needsRoot:
      'Port {{port}} zu binden erfordert root (oder CAP_NET_BIND_SERVICE): Der Dienst wird das auch brauchen; führen Sie die Prüfung mit diesen Rechten aus, um zu wissen, ob der Port frei ist',
    needsAdministrator:
      'Port {{port}} zu binden erfordert Administratorrechte: Der Dienst wird das auch brauchen; führen Sie die Prüfung mit diesen Rechten aus, um zu wissen, ob der Port frei ist',
    bindFailed: '{{code}}: {{message}}',
    portsBlocked_one: '{{ports}}: {{why}}',
    portsBlocked_other: '{{ports}}: {{why}}',
    tooSmall: 'kleiner als die Antwort (keine Verstärkung)',
    rateLimit: 'Ratenbegrenzung',
  },
  probeNotes: {
    notPlannedAddress:
      'Dieser Rechner hat die geplante Adresse von {{host}} ({{address}}) nicht: Die Ports werden auf allen Adressen geprüft, und die Prüfungen gehen von der Adresse aus, die das System wählt; führen Sie sie auf {{host}} selbst aus, um einen Beleg zu erhalten',
    concurrencyLowered:
      'Parallelität von {{requested}} auf {{allowed}} gesenkt: Dieser Prozess darf nur {{limit}} Dateien öffnen (ulimit -n)',
  },
} as const satisfies Texts<typeof en.probes>;
