import type * as en from '../en/firewalls';
import type { Texts } from '../keys';

/** Deutsche Texte: die Kommentare der Zonen-Firewall-Konfigurationen (PAN-OS, FortiGate, ASA, Check Point). */
export const firewalls = {
  firewalls: {
    title: 'Zonen-Firewall-Konfiguration für {{vendor}}',
    plan: 'Plan: {{name}}',
    customer: 'Kunde: {{customer}}',
    revision: 'Planrevision: {{revision}}',
    ticket: 'Change oder Ticket: {{ticket}}',
    generated: 'Erstellt: {{date}} mit {{tool}} {{version}}',
    review:
      'Vor dem Anwenden prüfen: die Zonennamen, die Objektnamen und dass auf der Firewall kein gleichnamiges Objekt existiert.',
    zones: 'Zonen: {{zones}}',
    counts: '{{rules}} Regeln, {{addresses}} Adressobjekte, {{services}} Dienste',
    noRules: 'Der Plan hat keine Firewall-Regeln: Es gibt nichts anzuwenden.',
    panosPaste:
      'Im Betriebsmodus „set cli scripting-mode on“ ausführen (eingefügte Zeilen werden dann so übernommen, wie sie sind), dann „configure“; einen Block nach dem anderen einfügen (höchstens {{size}} Befehle, zwischen den Kommentarzeilen), seine Ausgabe prüfen, dann committen.',
    fortigatePaste:
      'In die CLI-Konsole einfügen oder als Skript ausführen; neue Policies erhalten die nächste freie ID (edit 0) und stehen am Ende der Policy-Liste: Verschieben Sie sie vor eine Deny-Regel.',
    asaPaste:
      'Im Konfigurationsmodus (configure terminal) einfügen; Zeilen, die mit ! beginnen, sind Kommentare.',
    asaAccessGroups:
      'Binden Sie jede Access-Liste an das Interface ihrer Quellzone: Entfernen Sie das ! und setzen Sie den Namen des Interfaces ein.',
    checkpointRun:
      'Auf dem Management-Server (Expert-Modus) oder mit dem mgmt_cli der SmartConsole in diesem Ordner ausführen: sh apply.sh. Die Dateien laufen in der Reihenfolge unten; veröffentlicht wird nur, wenn jede Datei erfolgreich war.',
    checkpointFiles: 'Dateien: {{files}}',
    checkpointOrder:
      'Die Regeln werden oben in der Ebene „{{layer}}“ eingefügt, die letzte zuerst: So stehen sie in der Reihenfolge des Plans über der Cleanup-Regel.',
    checkpointDuplicates:
      'Hosts und Netze werden mit ignore-warnings angelegt: Ein Objekt mit derselben Adresse kann bereits existieren.',
  },
} as const satisfies Texts<typeof en.firewalls>;
