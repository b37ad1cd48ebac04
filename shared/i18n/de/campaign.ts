import type * as en from '../en/campaign';
import type { Texts } from '../keys';

/** Deutsche Texte: eine Kampagne, die jeden Weg von jedem Host aus mit Ansible prüft, und ihr Import. */
export const campaign = {
  campaign: {
    probe: {
      otherNonce:
        ', aber für eine andere Kampagne (Nonce {{nonce}}): Dort lauscht noch ein Responder eines früheren Laufs',
    },
    cli: {
      ttl: 'Abhilfe: Geben Sie die Minuten als Zahl über 0 und höchstens {{max}} (ein Tag) an, z. B. 30.',
      wrote:
        'Die Kampagne für {{hosts}} Hosts wurde nach {{out}} geschrieben (Nonce {{nonce}}). Füllen Sie die Lücken in {{inventory}} aus und führen Sie dann in diesem Ordner aus: {{command}}',
      clientsLeftOut:
        'Client-Gruppen sind Adressbereiche, keine Hosts: Ihre Regeln prüft die Kampagne nicht ({{groups}}).',
      imported:
        '{{reports}} Berichte der Kampagne {{nonce}} importiert ({{results}} Ergebnisse, je Regel und Quelle das neueste).',
      summary:
        '{{verified}} von {{rules}} Regeln von ihrer Quelle aus bestätigt, {{blocked}} blockiert, {{other}} mit anderem Ergebnis, {{notRun}} nicht gelaufen.',
      blockedRule: 'blockiert: {{source}} → {{destination}} {{port}}/{{protocol}} ({{rule}})',
      notRunHost:
        'nicht gelaufen: {{host}} hat keinen Bericht geschickt (ausgeschaltet, nicht erreichbar oder ein Schritt ist dort fehlgeschlagen).',
    },
    errors: {
      noHosts:
        'Der Plan „{{plan}}“ hat keinen Host, der einen geplanten Weg prüft oder beantwortet. Abhilfe: Tragen Sie im Schritt Topologie die Hosts und ihre Adressen ein.',
      outHasCampaign:
        '{{out}} enthält bereits eine Kampagne (campaign.json); deren Berichte gehören zu ihr. Abhilfe: Geben Sie einen neuen Ordner an.',
      cliNotBuilt:
        'Die Befehlszeile in einer Datei, die auf die Hosts kopiert wird, ist nicht gebaut. Abhilfe: Führen Sie „npm run build“ aus oder geben Sie eine mit --cli an.',
      cliMissing:
        '{{path}} kann nicht gelesen werden. Abhilfe: Geben Sie die Datei oe-ports.js mit --cli an.',
      notZip:
        '{{file}} ist weder ein Kampagnenordner noch eine ZIP-Datei. Abhilfe: Geben Sie den Ordner an, in den die Kampagne geschrieben wurde, oder eine ZIP-Datei davon.',
      badManifest:
        '{{file}} ist nicht die campaign.json, die der Planer geschrieben hat. Abhilfe: Importieren Sie den Kampagnenordner so, wie der Befehl campaign ihn geschrieben hat.',
      noReports:
        'Die Kampagne enthält keinen Bericht (reports/ ist leer); nichts wurde importiert. Abhilfe: Führen Sie zuerst das Playbook aus; es holt je Host einen Bericht nach reports/.',
      campaignOtherPlan:
        'Die Kampagne wurde für den Plan „{{campaign}}“ mit anderen Hosts oder Ports als im Plan „{{plan}}“ geschrieben; nichts wurde importiert. Abhilfe: Importieren Sie sie in den Plan, für den sie erstellt wurde, oder schreiben Sie eine neue Kampagne für diesen Plan.',
      reportOtherPlan:
        '{{file}} wurde mit dem Plan „{{probed}}“ geprüft, dessen Hosts oder Ports vom Plan „{{plan}}“ abweichen; nichts wurde importiert. Abhilfe: Entfernen Sie die Datei oder schreiben Sie eine neue Kampagne für diesen Plan und führen Sie sie aus.',
      reportOtherNonce:
        '{{file}} gehört zu einer anderen Kampagne (ihre Nonce weicht ab); nichts wurde importiert. Abhilfe: Entfernen Sie die Datei aus dem Ordner oder importieren Sie sie mit ihrer eigenen Kampagne.',
      noNonce:
        '{{file}} stammt nicht aus einer Kampagne (sie hat keine Nonce); nichts wurde importiert. Abhilfe: Importieren Sie sie einzeln als Prüfbericht.',
    },
    ui: {
      os: {
        label: 'Host-Betriebssystem',
        default: 'Standard',
        linux: 'Linux (SSH)',
        windows: 'Windows (WinRM)',
      },
      title: 'Von jedem Host aus prüfen (Kampagne)',
      intro:
        'Eine Kampagne prüft mit Ansible jeden geplanten Weg von allen Hosts aus gleichzeitig. Laden Sie sie hier herunter, führen Sie ihr Playbook aus und wählen Sie dann unten ihren Ordner oder eine ZIP-Datei davon: Alle Berichte werden auf einmal importiert.',
      command: 'oe-ports campaign PLAN --out ORDNER',
      write: 'Kampagne herunterladen (ZIP)',
      written:
        '{{file}} heruntergeladen: Entpacken Sie die Datei, füllen Sie die Lücken in inventory.yml aus und führen Sie dann den einen Befehl aus ihrer README aus.',
      writeOr: 'Oder schreiben Sie denselben Ordner auf der Befehlszeile:',
      folder: 'Kampagnenordner',
      zip: 'oder eine ZIP-Datei davon',
      imported_one: '{{count}} Bericht der Kampagne {{nonce}} importiert ({{results}} Ergebnisse).',
      imported_other:
        '{{count}} Berichte der Kampagne {{nonce}} importiert ({{results}} Ergebnisse).',
      hostsNotRun:
        'Nicht gelaufen (kein Bericht: ausgeschaltet, nicht erreichbar oder ein Schritt ist dort fehlgeschlagen): {{hosts}}.',
    },
    readme: {
      title: 'Jeden geplanten Weg von „{{plan}}“ von jedem Host aus prüfen',
      intro:
        'Dieser Ordner enthält eine Ansible-Kampagne: Sie startet auf jedem Ziel-Host einen Responder (nur für seine geplanten Ports; er endet nach {{minutes}} Minuten von selbst), prüft jeden geplanten Weg von allen Quell-Hosts gleichzeitig, holt den Bericht jedes Hosts nach reports/ und beendet jeden Responder, auch wenn ein Schritt fehlschlägt. Ihre Nonce ist {{nonce}}: Nur die Responder dieser Kampagne bestätigen einen Weg.',
      before: 'Vor dem Ausführen',
      blanks:
        'Ersetzen Sie jedes „FILL IN“ in {{inventory}} (Benutzer, Schlüssel, become; bei Windows: WinRM-Transport, Benutzer, Passwort). Solange eines übrig ist, bricht das Playbook bei seiner ersten Aufgabe ab.',
      node: 'Linux-Hosts benötigen Node.js 22 oder neuer: Setzen Sie oe_ports_node auf dessen Pfad, wenn es nicht als „node“ im PATH liegt.',
      installed:
        'Oder verwenden Sie eine installierte Befehlszeile: Setzen Sie oe_ports_installed auf den Pfad von oe-ports.js auf den Hosts; sonst wird files/oe-ports.js kopiert.',
      python: 'Linux-Hosts benötigen Python 3 für die Module von Ansible.',
      windows:
        'Windows-Hosts werden über WinRM mit der Collection ansible.windows erreicht ({{file}}): ansible-galaxy collection install ansible.windows. Diese Schritte wurden in den Tests des Planers nie gegen einen Windows-Host ausgeführt.',
      ports:
        'Führen Sie sie vor der Installation der Output Engine oder bei gestoppten Diensten aus: Ein Responder startet nicht auf einem belegten Port.',
      run: 'Ausführen',
      steps:
        'In diesem Ordner, als der Benutzer, dessen Schlüssel die Hosts annehmen. Die Kampagne tut Folgendes auf diesen Hosts:',
      host: 'Host',
      group: 'Gruppe',
      address: 'Adresse',
      connection: 'Verbindung',
      listens: 'Responder-Ports',
      probes: 'Von dort geprüfte Wege',
      clients:
        'Client-Gruppen ({{groups}}) sind Adressbereiche, keine Hosts: Die Kampagne prüft nicht von ihnen aus. Prüfen Sie von je einem Client jeder Gruppe von Hand mit „oe-ports probe reach“.',
      import: 'Ergebnisse importieren',
      importHow:
        'Importieren Sie nach dem Lauf alle Berichte auf einmal (oder wählen Sie im Schritt Prüfungen diesen Ordner oder eine ZIP-Datei davon):',
    },
  },
} as const satisfies Texts<typeof en.campaign>;
