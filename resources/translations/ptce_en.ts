<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
  <context>
    <name>About</name>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/about.py" line="24" />
      <source>domaine public</source>
      <translation>public domain</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/about.py" line="39" />
      <source>Polices DejaVu</source>
      <translation>DejaVu fonts</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/about.py" line="41" />
      <source>licence DejaVu (libre, dérivée de Bitstream Vera)</source>
      <translation>DejaVu licence (free, derived from Bitstream Vera)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/about.py" line="76" />
      <source>Outil hors ligne du comité de sélection des appels à projets pour les pôles territoriaux de coopération économique : dossiers, éligibilité, instruction, délibération et procès-verbal signé. Licence EUPL-1.2.</source>
      <translation>Offline tool for the selection committee of the calls for projects for territorial poles of economic cooperation (PTCE): applications, eligibility, review, deliberation and signed minutes. Licence EUPL-1.2.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/about.py" line="83" />
      <source>Composants fournis avec l'application</source>
      <translation>Components shipped with the application</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/about.py" line="87" />
      <source>Qt et PySide6 sont utilisés sous la licence LGPL version 3 comme bibliothèques partagées, que vous pouvez remplacer par une autre version ; leur code source est disponible sur qt.io.</source>
      <translation>Qt and PySide6 are used under the LGPL version 3 as shared libraries, which you may replace with another version; their source code is available from qt.io.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/about.py" line="98" />
      <source>À propos de PTCE Desktop</source>
      <translation>About PTCE Desktop</translation>
    </message>
  </context>
  <context>
    <name>AnnotationsDock</name>
    <message>
      <location filename="../../ui/annotations_dock.ui" line="6" />
      <source>Annotations</source>
      <translation>Annotations</translation>
    </message>
    <message>
      <location filename="../../ui/annotations_dock.ui" line="15" />
      <source>Chercher dans les annotations de tout l'appel…</source>
      <translation>Search the annotations of the whole call…</translation>
    </message>
    <message>
      <location filename="../../ui/annotations_dock.ui" line="21" />
      <source>Annotations du dossier</source>
      <translation>Annotations of the application</translation>
    </message>
    <message>
      <location filename="../../ui/annotations_dock.ui" line="30" />
      <location filename="../../ui/annotations_dock.ui" line="33" />
      <source>Texte de la note</source>
      <translation>Text of the note</translation>
    </message>
    <message>
      <location filename="../../ui/annotations_dock.ui" line="40" />
      <source>Sur le dossier, ou sur la page de la pièce affichée dans l'onglet Pièces</source>
      <translation>On the application, or on the page of the document shown in the Documents tab</translation>
    </message>
    <message>
      <location filename="../../ui/annotations_dock.ui" line="45" />
      <source>Par&amp;tagée</source>
      <translation>Sh&amp;ared</translation>
    </message>
    <message>
      <location filename="../../ui/annotations_dock.ui" line="46" />
      <source>Visible par le comité et les autres rapporteurs ; sinon, par vous seul</source>
      <translation>Visible to the committee and the other rapporteurs; otherwise, to you alone</translation>
    </message>
    <message>
      <location filename="../../ui/annotations_dock.ui" line="55" />
      <source>&amp;Nouvelle</source>
      <translation>&amp;New</translation>
    </message>
    <message>
      <location filename="../../ui/annotations_dock.ui" line="60" />
      <source>&amp;Supprimer</source>
      <translation>Dele&amp;te</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/annotations_dock.py" line="42" />
      <source>{author} (privée)</source>
      <translation>{author} (private)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/annotations_dock.py" line="80" />
      <source>Sur le dossier</source>
      <translation>On the application</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/annotations_dock.py" line="81" />
      <source>Sur la page affichée de la pièce</source>
      <translation>On the page of the document shown</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/annotations_dock.py" line="83" />
      <source>Enregistrer la note (Ctrl+Maj+Entrée)</source>
      <translation>Save the note (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/annotations_dock.py" line="156" />
      <source>Enregistrer</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/annotations_dock.py" line="170" />
      <location filename="../../ui/annotations_dock.ui" line="70" />
      <source>Ajouter</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/annotations_dock.py" line="189" />
      <source>Aucune page affichée : ouvrez une pièce PDF dans l'onglet Pièces (Ctrl+3).</source>
      <translation>No page shown: open a PDF document in the Documents tab (Ctrl+3).</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/annotations_dock.py" line="203" />
      <location filename="../../ptce_desktop/gui/views/annotations_dock.py" line="209" />
      <source>Annotation</source>
      <translation>Annotation</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/annotations_dock.py" line="203" />
      <source>Choisissez d'abord un dossier dans la liste.</source>
      <translation>Choose an application in the list first.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/annotations_dock.py" line="225" />
      <source>ajout d'une annotation</source>
      <translation>adding an annotation</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/annotations_dock.py" line="235" />
      <source>modification d'une annotation</source>
      <translation>changing an annotation</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/annotations_dock.py" line="252" />
      <source>suppression d'une annotation</source>
      <translation>deleting an annotation</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/annotations_dock.py" line="264" />
      <source>&amp;Annotations</source>
      <translation>&amp;Annotations</translation>
    </message>
  </context>
  <context>
    <name>AssignmentMatrix</name>
    <message>
      <location filename="../../ptce_desktop/gui/partials/assignment_matrix.py" line="31" />
      <source>pas commencée</source>
      <translation>not started</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/assignment_matrix.py" line="32" />
      <source>brouillon</source>
      <translation>draft</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/assignment_matrix.py" line="33" />
      <source>soumise</source>
      <translation>submitted</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/assignment_matrix.py" line="93" />
      <source>Rapp.</source>
      <translation>Rapp.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/assignment_matrix.py" line="96" />
      <source>{n} dossier</source>
      <translation>{n} application</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/assignment_matrix.py" line="98" />
      <source>{n} dossiers</source>
      <translation>{n} applications</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/assignment_matrix.py" line="102" />
      <source>Rapporteurs du dossier / rapporteurs par dossier de l'appel</source>
      <translation>Rapporteurs of the application / rapporteurs per application in the call</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/assignment_matrix.py" line="107" />
      <source>{load} dossier(s) attribué(s), {submitted} évaluation(s) soumise(s)</source>
      <translation>{load} application(s) assigned, {submitted} review(s) submitted</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/assignment_matrix.py" line="130" />
      <source>conflit</source>
      <translation>conflict</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/assignment_matrix.py" line="133" />
      <source>{name} a déclaré un conflit d'intérêts sur {numero}</source>
      <translation>{name} declared a conflict of interest on {numero}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/assignment_matrix.py" line="136" />
      <source> : {reason}</source>
      <translation>: {reason}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/assignment_matrix.py" line="147" />
      <source>✓ soumise</source>
      <translation>✓ submitted</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/assignment_matrix.py" line="151" />
      <source>{name} — {numero} : attribué à la main ; évaluation {state}</source>
      <translation>{name} — {numero}: assigned by hand; review {state}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/assignment_matrix.py" line="155" />
      <source>{name} — {numero} : attribué automatiquement ; évaluation {state}</source>
      <translation>{name} — {numero}: assigned automatically; review {state}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/assignment_matrix.py" line="167" />
      <source>Cliquer (ou Espace) pour confier {numero} à {name}</source>
      <translation>Click (or Space) to assign {numero} to {name}</translation>
    </message>
  </context>
  <context>
    <name>AssignmentWindow</name>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="52" />
      <source>Classeur Excel (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="68" />
      <source>Aucun rapporteur actif.</source>
      <translation>No active rapporteur.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="70" />
      <source>Tous les rapporteurs sont reliés par des dossiers communs (étalonnage possible).</source>
      <translation>All rapporteurs are linked by shared applications (calibration possible).</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="74" />
      <source>Les rapporteurs forment {groups} groupes sans dossier commun : l'étalonnage des notes entre groupes sera impossible.</source>
      <translation>The rapporteurs form {groups} groups with no shared application: scores cannot be calibrated across groups.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="86" />
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="351" />
      <source>Répartir automatiquement</source>
      <translation>Assign automatically</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="95" />
      <source>Aucun rapporteur de la région du dossier</source>
      <translation>No rapporteur from the application's region</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="112" />
      <source>&amp;Appliquer</source>
      <translation>&amp;Apply</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="114" />
      <source>A&amp;nnuler</source>
      <translation>Ca&amp;ncel</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="120" />
      <source>&amp;Rapporteurs par dossier :</source>
      <translation>&amp;Rapporteurs per application:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="158" />
      <source>&lt;b&gt;{n} attribution(s) à ajouter&lt;/b&gt; ({per} par dossier ; les attributions existantes sont gardées).</source>
      <translation>&lt;b&gt;{n} assignment(s) to add&lt;/b&gt; ({per} per application; existing assignments are kept).</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="163" />
      <source>Charges : {loads} (écart {spread}).</source>
      <translation>Loads: {loads} (spread {spread}).</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="174" />
      <source>Pas assez de rapporteurs possibles (conflits, région) : {short}.</source>
      <translation>Not enough possible rapporteurs (conflicts, region): {short}.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="190" />
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="537" />
      <source>Attribution des dossiers</source>
      <translation>Assigning applications</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="214" />
      <source>&amp;Répartir automatiquement…</source>
      <translation>Assign &amp;automatically…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="217" />
      <source>&amp;Exporter la grille d'un rapporteur…</source>
      <translation>&amp;Export a rapporteur's grid…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="222" />
      <source>&amp;Importer une grille remplie…</source>
      <translation>&amp;Import a filled-in grid…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="229" />
      <source>&amp;Fermer</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="237" />
      <source>Cliquez une case (ou Espace) pour attribuer ou retirer un dossier ; les cases grises sont des conflits d'intérêts déclarés.</source>
      <translation>Click a cell (or press Space) to assign or unassign an application; grey cells are declared conflicts of interest.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="280" />
      <source>&lt;b&gt;{dossiers} dossier(s) éligible(s)&lt;/b&gt;, {rapporteurs} rapporteur(s) actif(s), {per} rapporteurs par dossier ; {short} dossier(s) incomplet(s). </source>
      <translation>&lt;b&gt;{dossiers} eligible application(s)&lt;/b&gt;, {rapporteurs} active rapporteur(s), {per} rapporteurs per application; {short} incomplete application(s). </translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="314" />
      <source>{name} retiré(e) de {numero}</source>
      <translation>{name} removed from {numero}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="319" />
      <source>{numero} confié à {name}</source>
      <translation>{numero} assigned to {name}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="326" />
      <source>Attribution</source>
      <translation>Assignment</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="357" />
      <source>{n} attribution(s) ajoutée(s)</source>
      <translation>{n} assignment(s) added</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="399" />
      <source>Grille de {name} écrite : {out} ({n} dossier(s))</source>
      <translation>Grid of {name} written: {out} ({n} application(s))</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="407" />
      <source>Grille vers {name}</source>
      <translation>Grid to {name}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="418" />
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="507" />
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="519" />
      <source>Importer une grille remplie</source>
      <translation>Import a filled-in grid</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="437" />
      <source>{name} : {summary}</source>
      <translation>{name}: {summary}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="455" />
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="463" />
      <source>Exporter une grille</source>
      <translation>Export a grid</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="456" />
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="502" />
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="538" />
      <source>Ouvrez d'abord un fichier d'appel.</source>
      <translation>Open a call file first.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="464" />
      <source>Aucun rapporteur actif dans cet appel.</source>
      <translation>No active rapporteur in this call.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="470" />
      <source>{name} ({n} dossier(s))</source>
      <translation>{name} ({n} application(s))</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="475" />
      <source>Exporter la grille d'un rapporteur</source>
      <translation>Export a rapporteur's grid</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="476" />
      <source>Rapporteur :</source>
      <translation>Rapporteur:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="487" />
      <source>Grille de {name}</source>
      <translation>Grid of {name}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="501" />
      <source>Importer une grille</source>
      <translation>Import a grid</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="514" />
      <source>restent en brouillon</source>
      <translation>stay as drafts</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="515" />
      <source>sont soumises</source>
      <translation>are submitted</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="520" />
      <source>Les évaluations complètes :</source>
      <translation>Complete reviews:</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsTab</name>
    <message>
      <location filename="../../ui/attachments_tab.ui" line="16" />
      <source>Pièces du dossier</source>
      <translation>Documents of the application</translation>
    </message>
    <message>
      <location filename="../../ui/attachments_tab.ui" line="35" />
      <source>Page précédente (Pg préc.)</source>
      <translation>Previous page (PgUp)</translation>
    </message>
    <message>
      <location filename="../../ui/attachments_tab.ui" line="41" />
      <source>Aller à la page</source>
      <translation>Go to page</translation>
    </message>
    <message>
      <location filename="../../ui/attachments_tab.ui" line="48" />
      <source>sur 0</source>
      <translation>of 0</translation>
    </message>
    <message>
      <location filename="../../ui/attachments_tab.ui" line="53" />
      <source>Page suivante (Pg suiv.)</source>
      <translation>Next page (PgDown)</translation>
    </message>
    <message>
      <location filename="../../ui/attachments_tab.ui" line="64" />
      <source>−</source>
      <translation>−</translation>
    </message>
    <message>
      <location filename="../../ui/attachments_tab.ui" line="65" />
      <source>Zoom arrière (Ctrl+-)</source>
      <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
      <location filename="../../ui/attachments_tab.ui" line="71" />
      <source>100 %</source>
      <translation>100%</translation>
    </message>
    <message>
      <location filename="../../ui/attachments_tab.ui" line="78" />
      <source>+</source>
      <translation>+</translation>
    </message>
    <message>
      <location filename="../../ui/attachments_tab.ui" line="79" />
      <source>Zoom avant (Ctrl++)</source>
      <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
      <location filename="../../ui/attachments_tab.ui" line="85" />
      <source>Pleine largeur</source>
      <translation>Fit width</translation>
    </message>
    <message>
      <location filename="../../ui/attachments_tab.ui" line="86" />
      <source>Ajuster à la largeur (Ctrl+0)</source>
      <translation>Fit to width (Ctrl+0)</translation>
    </message>
    <message>
      <location filename="../../ui/attachments_tab.ui" line="103" />
      <source>Chercher dans la pièce</source>
      <translation>Search the document</translation>
    </message>
    <message>
      <location filename="../../ui/attachments_tab.ui" line="105" />
      <source>Chercher dans la pièce (Ctrl+Maj+G)</source>
      <translation>Search the document (Ctrl+Shift+G)</translation>
    </message>
    <message>
      <location filename="../../ui/attachments_tab.ui" line="111" />
      <source>Occurrence précédente (Maj+F3)</source>
      <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
      <location filename="../../ui/attachments_tab.ui" line="117" />
      <source>Occurrence suivante (F3)</source>
      <translation>Next match (F3)</translation>
    </message>
    <message>
      <location filename="../../ui/attachments_tab.ui" line="144" />
      <source>Ouvrir avec l'application du poste</source>
      <translation>Open with this computer's application</translation>
    </message>
    <message>
      <location filename="../../ui/attachments_tab.ui" line="145" />
      <source>Ctrl+Maj+O</source>
      <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/attachments_tab.py" line="52" />
      <source>dossier de candidature</source>
      <translation>application form</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/attachments_tab.py" line="132" />
      <location filename="../../ptce_desktop/gui/views/attachments_tab.py" line="350" />
      <source>ajusté</source>
      <translation>fitted</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/attachments_tab.py" line="185" />
      <source>Aucune pièce jointe à ce dossier.</source>
      <translation>No document attached to this application.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/attachments_tab.py" line="240" />
      <source>« {name} » ne peut pas être ouvert : seuls les documents reconnus à leur contenu et à leur extension s'ouvrent hors de l'application ({types}).</source>
      <translation>“{name}” cannot be opened: only documents recognised by their content and their extension open outside the application ({types}).</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/attachments_tab.py" line="244" />
      <source>« {name} » : la pièce n'a pas été vérifiée ou est illisible.</source>
      <translation>“{name}”: the document has not been checked or is unreadable.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/attachments_tab.py" line="272" />
      <source>« {name} » ({size}) ne peut pas être affiché ici.</source>
      <translation>“{name}” ({size}) cannot be shown here.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/attachments_tab.py" line="299" />
      <source>Vérification de « {name} »…</source>
      <translation>Checking “{name}”…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/attachments_tab.py" line="304" />
      <source>Vérification</source>
      <translation>Verification</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/attachments_tab.py" line="319" />
      <source>Pièce illisible : « {name} » — {reason}</source>
      <translation>Unreadable document: “{name}” — {reason}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/attachments_tab.py" line="334" />
      <location filename="../../ptce_desktop/gui/views/attachments_tab.py" line="344" />
      <source>sur {count}</source>
      <translation>of {count}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/attachments_tab.py" line="374" />
      <source>aucun résultat</source>
      <translation>no result</translation>
    </message>
  </context>
  <context>
    <name>AttendanceGrid</name>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_panels.py" line="98" />
      <source>Membre</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_panels.py" line="99" />
      <source>Présence</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_panels.py" line="100" />
      <source>Mandat donné à</source>
      <translation>Proxy given to</translation>
    </message>
  </context>
  <context>
    <name>BudgetTab</name>
    <message>
      <location filename="../../ui/budget_tab.ui" line="37" />
      <source>Budget du projet</source>
      <translation>Budget of the project</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/budget_tab.py" line="30" />
      <source>Subvention demandée (PTCE)</source>
      <translation>Grant requested (PTCE)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/budget_tab.py" line="31" />
      <source>Cofinancements acquis</source>
      <translation>Secured co-fundings</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/budget_tab.py" line="32" />
      <source>Cofinancements sollicités</source>
      <translation>Requested co-fundings</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/budget_tab.py" line="33" />
      <source>Autofinancement et autres ressources</source>
      <translation>Own funds and other resources</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/budget_tab.py" line="101" />
      <source>Coût total du projet</source>
      <translation>Total project cost</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/budget_tab.py" line="104" />
      <source>Subvention demandée</source>
      <translation>Grant requested</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/budget_tab.py" line="110" />
      <source>Cofinancements</source>
      <translation>Co-fundings</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/budget_tab.py" line="114" />
      <source>Coût total non renseigné : les parts ne peuvent être calculées.</source>
      <translation>Total cost not given: the shares cannot be worked out.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/budget_tab.py" line="119" />
      <source>Attention : la subvention et les cofinancements dépassent le coût total déclaré.</source>
      <translation>Warning: the grant and the co-fundings exceed the declared total cost.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/budget_tab.py" line="124" />
      <source>Parts calculées sur le coût total déclaré par le porteur.</source>
      <translation>Shares worked out on the total cost declared by the lead structure.</translation>
    </message>
  </context>
  <context>
    <name>CalibrationPage</name>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="133" />
      <source>Rétrécissement k</source>
      <translation>Shrinkage k</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="135" />
      <source>Places de déplacement signalées</source>
      <translation>Places of movement flagged</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="136" />
      <source>&amp;Recalculer</source>
      <translation>Re&amp;compute</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="138" />
      <source>Rétrécissement &amp;k :</source>
      <translation>Shrinkage &amp;k:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="140" />
      <source>Si&amp;gnaler un rang qui bouge de plus de</source>
      <translation>&amp;Flag a rank moving by more than</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="146" />
      <source>places</source>
      <translation>places</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="161" />
      <source>positif : note plus haut que le comité</source>
      <translation>positive: scores higher than the committee</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="182" />
      <source>Sévérité estimée des rapporteurs</source>
      <translation>Estimated severity of the rapporteurs</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="208" />
      <source>Calibration</source>
      <translation>Calibration</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="212" />
      <source>&lt;b&gt;Calibration impossible :&lt;/b&gt; {message}</source>
      <translation>&lt;b&gt;Calibration impossible:&lt;/b&gt; {message}</translation>
    </message>
  </context>
  <context>
    <name>CallSettingsDialog</name>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="56" />
      <source>Paramètres d'appel (*.toml)</source>
      <translation>Call settings (*.toml)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="58" />
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="64" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="59" />
      <source>Nom</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="60" />
      <source>Groupe</source>
      <translation>Group</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="61" />
      <source>Montant (€)</source>
      <translation>Amount (€)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="65" />
      <source>Libellé</source>
      <translation>Label</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="66" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="67" />
      <source>Poids</source>
      <translation>Weight</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="68" />
      <source>Min</source>
      <translation>Min</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="69" />
      <source>Max</source>
      <translation>Max</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="70" />
      <source>Seuil élim.</source>
      <translation>Elim. threshold</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="123" />
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="578" />
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="589" />
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="598" />
      <source>Paramètres de l'appel</source>
      <translation>Call settings</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="128" />
      <source>&amp;Général</source>
      <translation>&amp;General</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="129" />
      <source>&amp;Financeurs</source>
      <translation>&amp;Funders</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="130" />
      <source>G&amp;rille</source>
      <translation>G&amp;rid</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="131" />
      <source>É&amp;ligibilité</source>
      <translation>E&amp;ligibility</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="136" />
      <source>&amp;Importer…</source>
      <translation>&amp;Import…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="138" />
      <source>Remplir le formulaire depuis un fichier de paramètres TOML</source>
      <translation>Fill the form from a TOML settings file</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="142" />
      <source>Écrire ces paramètres dans un fichier TOML commenté</source>
      <translation>Write these settings to a commented TOML file</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="149" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="151" />
      <source>Enregistrer</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="173" />
      <source>Préfixe des procès-verbaux : « PV-2013 » donne PV-2013-S1</source>
      <translation>Prefix of the minutes: “PV-2013” gives PV-2013-S1</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="176" />
      <source>« Fait à … » au bas des procès-verbaux et des courriers</source>
      <translation>“Done at …” at the foot of the minutes and letters</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="178" />
      <source>Un ministère par ligne, dans l'ordre de l'en-tête</source>
      <translation>One ministry per line, in the order of the letterhead</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="188" />
      <source>Codes de critères, « submitted_on » (dépôt le plus ancien d'abord) ou « amount_requested » (montant le plus faible d'abord), séparés par des virgules</source>
      <translation>Criterion codes, “submitted_on” (earliest submission first) or “amount_requested” (smallest amount first), separated by commas</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="194" />
      <source>&amp;Titre :</source>
      <translation>&amp;Title:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="195" />
      <source>&amp;Année :</source>
      <translation>&amp;Year:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="198" />
      <source>&amp;Ministères (en-tête) :</source>
      <translation>Mini&amp;stries (letterhead):</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="199" />
      <source>&amp;Enveloppe :</source>
      <translation>&amp;Envelope:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="200" />
      <source>Subvention mi&amp;nimale :</source>
      <translation>Mi&amp;nimum grant:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="201" />
      <source>Subvention ma&amp;ximale :</source>
      <translation>Ma&amp;ximum grant:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="202" />
      <source>Ra&amp;pporteurs par dossier :</source>
      <translation>Ra&amp;pporteurs per application:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="203" />
      <source>&amp;Départage des ex aequo :</source>
      <translation>Tie-&amp;break:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="140" />
      <source>Exp&amp;orter…</source>
      <translation>Exp&amp;ort…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="196" />
      <source>Référence des P&amp;V :</source>
      <translation>&amp;Minutes reference:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="197" />
      <source>Lie&amp;u :</source>
      <translation>Pl&amp;ace:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="238" />
      <source>A&amp;jouter un financeur</source>
      <translation>A&amp;dd a funder</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="239" />
      <source>Retirer le financeur</source>
      <translation>Remove the funder</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="258" />
      <source>Ajouter un &amp;critère</source>
      <translation>Add a &amp;criterion</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="259" />
      <source>Retirer le critère</source>
      <translation>Remove the criterion</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="298" />
      <source>Un cofinancement d'une collectivité est exigé</source>
      <translation>Co-funding from a local authority is required</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="302" />
      <source>Types de pièces exigés, séparés par des virgules</source>
      <translation>Required document types, separated by commas</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="304" />
      <source>Membres au moins :</source>
      <translation>Members at least:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="307" />
      <source>Part maximale par collectivité :</source>
      <translation>Maximum share per local authority:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="308" />
      <source>Part maximale de toutes les collectivités :</source>
      <translation>Maximum share of all local authorities:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="310" />
      <source>Types de pièces exigés :</source>
      <translation>Required document types:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="362" />
      <source>aucun</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="364" />
      <source>Seuil éliminatoire de la moyenne (« aucun » : pas de seuil)</source>
      <translation>Eliminatory threshold of the mean (“none”: no threshold)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="499" />
      <source>Total des parts : {funded} pour une enveloppe de {envelope}</source>
      <translation>Total of the shares: {funded} for an envelope of {envelope}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="505" />
      <source>Total des poids : {total} / 100</source>
      <translation>Total of the weights: {total} / 100</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="508" />
      <source> (et {n} autre(s))</source>
      <translation> (and {n} more)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="524" />
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="534" />
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="539" />
      <source>Importer des paramètres</source>
      <translation>Import settings</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="546" />
      <source>Exporter les paramètres</source>
      <translation>Export the settings</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="566" />
      <source>Paramètres de l'appel modifiés : {keys}</source>
      <translation>Call settings changed: {keys}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="570" />
      <source>Paramètres de l'appel inchangés</source>
      <translation>Call settings unchanged</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="590" />
      <source>Ouvrez d'abord un fichier d'appel.</source>
      <translation>Open a call file first.</translation>
    </message>
  </context>
  <context>
    <name>CompareWindow</name>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="48" />
      <source>— aucun —</source>
      <translation>— none —</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="50" />
      <source>Comparer des dossiers</source>
      <translation>Compare applications</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="51" />
      <source>Comparer les rapporteurs</source>
      <translation>Compare the rapporteurs</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="52" />
      <source>Désaccords entre rapporteurs</source>
      <translation>Disagreements between rapporteurs</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="124" />
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="200" />
      <source>Le même dossier est choisi deux fois.</source>
      <translation>The same application is chosen twice.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="202" />
      <source>Choisissez au moins deux dossiers (jusqu'à quatre).</source>
      <translation>Choose at least two applications (up to four).</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="234" />
      <source>&lt;b&gt;{n}&lt;/b&gt; lignes où les dossiers diffèrent, surlignées et en gras.</source>
      <translation>&lt;b&gt;{n}&lt;/b&gt; rows where the applications differ, highlighted and in bold.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="236" />
      <source>&lt;b&gt;{n}&lt;/b&gt; ligne où les dossiers diffèrent, surlignée et en gras.</source>
      <translation>&lt;b&gt;{n}&lt;/b&gt; row where the applications differ, highlighted and in bold.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="250" />
      <source>Exporter la comparaison</source>
      <translation>Export the comparison</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="252" />
      <source>Documents PDF (*.pdf)</source>
      <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="259" />
      <source>Lecture des dossiers</source>
      <translation>Reading the applications</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="259" />
      <source>Mise en page</source>
      <translation>Laying out</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="275" />
      <source>Export de la comparaison</source>
      <translation>Exporting the comparison</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="277" />
      <source>Comparaison enregistrée : {path}</source>
      <translation>Comparison saved: {path}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="289" />
      <source>&lt;i&gt;Choisissez un dossier.&lt;/i&gt;</source>
      <translation>&lt;i&gt;Choose an application.&lt;/i&gt;</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="298" />
      <source>&lt;b&gt;{numero}&lt;/b&gt; — {pole} : &lt;i&gt;aucune évaluation soumise.&lt;/i&gt;</source>
      <translation>&lt;b&gt;{numero}&lt;/b&gt; — {pole}: &lt;i&gt;no review submitted.&lt;/i&gt;</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="317" />
      <source>Écart de {spread} points entre rapporteurs</source>
      <translation>Gap of {spread} points between rapporteurs</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="329" />
      <source>Note pondérée (sur 100)</source>
      <translation>Weighted score (out of 100)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="334" />
      <source>Avis</source>
      <translation>Opinion</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="339" />
      <source>Critère</source>
      <translation>Criterion</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="339" />
      <source>Poids</source>
      <translation>Weight</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="339" />
      <source>Écart</source>
      <translation>Gap</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="339" />
      <source>Moyenne</source>
      <translation>Mean</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="353" />
      <source>Appréciation générale</source>
      <translation>Overall assessment</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="358" />
      <source>Commentaires</source>
      <translation>Comments</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="388" />
      <source>{moved} dossier(s) dont le rang bouge de plus de {places} places une fois la sévérité des rapporteurs prise en compte (calibration, colonne « Rang brut → ajusté »), en tête de liste ; puis, sur {reviewed} dossiers à deux évaluations soumises ou plus, les {gaps} où les rapporteurs s'écartent de {gap} points ou plus sur un critère (surlignés), les plus discutés d'abord. Double-clic ou Entrée : ouvrir le dossier.</source>
      <translation>{moved} application(s) whose rank moves by more than {places} places once the rapporteurs' severity is taken into account (calibration, column “Raw → adjusted rank”), at the top; then, out of {reviewed} applications with two or more submitted reviews, the {gaps} where the rapporteurs differ by {gap} points or more on a criterion (highlighted), the most debated first. Double-click or Enter: open the application.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="420" />
      <source>Numéro</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="420" />
      <source>Pôle</source>
      <translation>Pole</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="420" />
      <source>Éval.</source>
      <translation>Rev.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="420" />
      <source>Écart max.</source>
      <translation>Max. gap</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="421" />
      <source>Somme des écarts</source>
      <translation>Sum of gaps</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="421" />
      <source>Rang brut → ajusté</source>
      <translation>Raw → adjusted rank</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="422" />
      <source>Critères concernés</source>
      <translation>Criteria concerned</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="471" />
      <source>&lt;b&gt;{numero}&lt;/b&gt; — {pole} : {n} évaluation(s) soumise(s)</source>
      <translation>&lt;b&gt;{numero}&lt;/b&gt; — {pole}: {n} submitted review(s)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="479" />
      <source>&lt;b&gt;écart de {gap} points ou plus&lt;/b&gt; sur {n} critère(s) : {labels}</source>
      <translation>&lt;b&gt;gap of {gap} points or more&lt;/b&gt; on {n} criterion(s): {labels}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="487" />
      <source>aucun écart de {gap} points ou plus</source>
      <translation>no gap of {gap} points or more</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="492" />
      <source>&lt;b&gt;avis divergents&lt;/b&gt;</source>
      <translation>&lt;b&gt;differing opinions&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="500" />
      <source>Comparaisons</source>
      <translation>Comparisons</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/compare_window.py" line="501" />
      <source>Ouvrez d'abord un fichier d'appel.</source>
      <translation>Open a call file first.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/feature_actions.py" line="93" />
      <source>&amp;Comparer des dossiers…</source>
      <translation>&amp;Compare applications…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/feature_actions.py" line="96" />
      <source>Comparer les rapp&amp;orteurs…</source>
      <translation>Compare the rapp&amp;orteurs…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/feature_actions.py" line="99" />
      <source>&amp;Désaccords entre rapporteurs…</source>
      <translation>&amp;Disagreements between rapporteurs…</translation>
    </message>
    <message>
      <location filename="../../ui/compare_window.ui" line="7" />
      <source>Comparaisons — PTCE Desktop</source>
      <translation>Comparisons — PTCE Desktop</translation>
    </message>
    <message>
      <location filename="../../ui/compare_window.ui" line="14" />
      <source>&amp;Dossiers côte à côte</source>
      <translation>&amp;Applications side by side</translation>
    </message>
    <message>
      <location filename="../../ui/compare_window.ui" line="20" />
      <source>Dossier &amp;1 :</source>
      <translation>Application &amp;1:</translation>
    </message>
    <message>
      <location filename="../../ui/compare_window.ui" line="27" />
      <source>Dossier &amp;2 :</source>
      <translation>Application &amp;2:</translation>
    </message>
    <message>
      <location filename="../../ui/compare_window.ui" line="34" />
      <source>Dossier &amp;3 :</source>
      <translation>Application &amp;3:</translation>
    </message>
    <message>
      <location filename="../../ui/compare_window.ui" line="41" />
      <source>Dossier &amp;4 :</source>
      <translation>Application &amp;4:</translation>
    </message>
    <message>
      <location filename="../../ui/compare_window.ui" line="52" />
      <source>Seulement les di&amp;fférences</source>
      <translation>Only the &amp;differences</translation>
    </message>
    <message>
      <location filename="../../ui/compare_window.ui" line="53" />
      <source>Masquer les lignes où tous les dossiers ont la même valeur</source>
      <translation>Hide the rows where all the applications have the same value</translation>
    </message>
    <message>
      <location filename="../../ui/compare_window.ui" line="68" />
      <source>&amp;Exporter en PDF…</source>
      <translation>&amp;Export to PDF…</translation>
    </message>
    <message>
      <location filename="../../ui/compare_window.ui" line="69" />
      <source>Enregistrer la comparaison en PDF (A4 paysage)</source>
      <translation>Save the comparison as PDF (A4 landscape)</translation>
    </message>
    <message>
      <location filename="../../ui/compare_window.ui" line="85" />
      <source>&amp;Rapporteurs d'un dossier</source>
      <translation>&amp;Rapporteurs of an application</translation>
    </message>
    <message>
      <location filename="../../ui/compare_window.ui" line="91" />
      <source>Dossier :</source>
      <translation>Application:</translation>
    </message>
    <message>
      <location filename="../../ui/compare_window.ui" line="125" />
      <source>Dés&amp;accords entre rapporteurs</source>
      <translation>Disa&amp;greements between rapporteurs</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/conflict.py" line="59" />
      <source>lien avec le porteur, mandat, emploi… (obligatoire)</source>
      <translation>link with the lead, office, employment… (required)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/conflict.py" line="67" />
      <source>&amp;Personne :</source>
      <translation>&amp;Person:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/conflict.py" line="68" />
      <source>&amp;Dossier :</source>
      <translation>&amp;Application:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/conflict.py" line="69" />
      <source>&amp;Motif :</source>
      <translation>&amp;Reason:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/conflict.py" line="73" />
      <source>&amp;Valider</source>
      <translation>&amp;Confirm</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/conflict.py" line="104" />
      <source>Choisissez la personne et le dossier.</source>
      <translation>Choose the person and the application.</translation>
    </message>
  </context>
  <context>
    <name>CriterionRow</name>
    <message>
      <location filename="../../ptce_desktop/gui/views/scoring_dock.py" line="80" />
      <source>poids {weight}</source>
      <translation>weight {weight}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/scoring_dock.py" line="99" />
      <source>{criterion} : note {value}</source>
      <translation>{criterion}: score {value}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/scoring_dock.py" line="102" />
      <source>Note {value} sur {top} (touche {value})</source>
      <translation>Score {value} out of {top} (key {value})</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/scoring_dock.py" line="119" />
      <source>Commentaire sur ce critère</source>
      <translation>Comment on this criterion</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/scoring_dock.py" line="121" />
      <source>Commentaire sur le critère {criterion}</source>
      <translation>Comment on the criterion {criterion}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/scoring_dock.py" line="148" />
      <source>⚠ éliminatoire (&lt; {threshold})</source>
      <translation>⚠ eliminatory (&lt; {threshold})</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/scoring_dock.py" line="153" />
      <source>seuil {threshold}</source>
      <translation>threshold {threshold}</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <location filename="../../ptce_desktop/gui/partials/fields.py" line="182" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/fields.py" line="183" />
      <source>jj/mm/aaaa</source>
      <translation>dd/mm/yyyy</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/fields.py" line="194" />
      <source>{name} : « {text} » n'est pas une date (jj/mm/aaaa)</source>
      <translation>{name}: “{text}” is not a date (dd/mm/yyyy)</translation>
    </message>
  </context>
  <context>
    <name>DecisionForm</name>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_panels.py" line="187" />
      <source>Montant accordé</source>
      <translation>Amount granted</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_panels.py" line="193" />
      <source>Votes pour</source>
      <translation>Votes for</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_panels.py" line="194" />
      <source>Votes contre</source>
      <translation>Votes against</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_panels.py" line="195" />
      <source>Abstentions</source>
      <translation>Abstentions</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_panels.py" line="224" />
      <source>Part {code} ({name})</source>
      <translation>Share {code} ({name})</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_panels.py" line="242" />
      <source>Voix du président : —</source>
      <translation>Chair's vote: —</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_panels.py" line="243" />
      <source>Président : pour</source>
      <translation>Chair: for</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_panels.py" line="244" />
      <source>Président : contre</source>
      <translation>Chair: against</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_panels.py" line="281" />
      <source>nombre de votants</source>
      <translation>number of voters</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_panels.py" line="282" />
      <source>sur {voters} votants</source>
      <translation>out of {voters} voters</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_panels.py" line="284" />
      <source>sollicité : {amount}</source>
      <translation>requested: {amount}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_panels.py" line="287" />
      <source>montant sollicité</source>
      <translation>amount requested</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_panels.py" line="289" />
      <source>plafond de l'appel</source>
      <translation>call's ceiling</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_panels.py" line="290" />
      <source>plancher de l'appel</source>
      <translation>call's floor</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_panels.py" line="323" />
      <source>Décision enregistrée : {outcome}</source>
      <translation>Decision recorded: {outcome}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_panels.py" line="324" />
      <source>, rang {rank}</source>
      <translation>, rank {rank}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_panels.py" line="325" />
      <source> (voix prépondérante du président)</source>
      <translation> (chair's casting vote)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_panels.py" line="336" />
      <source>{outcome}, {amount}</source>
      <translation>{outcome}, {amount}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_panels.py" line="347" />
      <source>Proposition du scénario « {scenario} » : {what}</source>
      <translation>Proposal of the scenario “{scenario}”: {what}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_panels.py" line="352" />
      <source>Formulaire pré-rempli : rien n'est décidé avant le vote et « Enregistrer la décision ».</source>
      <translation>Form pre-filled: nothing is decided before the vote and “Record the decision”.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_panels.py" line="398" />
      <source>Refusé : {why}</source>
      <translation>Refused: {why}</translation>
    </message>
  </context>
  <context>
    <name>DecisionSupportWindow</name>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="83" />
      <source>{share} des montants</source>
      <translation>{share} of the amounts</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="89" />
      <source>les {n} premiers</source>
      <translation>the first {n}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="95" />
      <source>imposés : {numeros}</source>
      <translation>forced in: {numeros}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="101" />
      <source>écartés : {numeros}</source>
      <translation>left out: {numeros}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="105" />
      <source> ; </source>
      <translation>; </translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="105" />
      <source>Classement, montants demandés</source>
      <translation>Ranking, amounts requested</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="186" />
      <source>Dossiers : notes brutes et ajustées (les plus déplacés d'abord)</source>
      <translation>Applications: raw and adjusted scores (largest moves first)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="220" />
      <source>Note = qualité du dossier + décalage du rapporteur, ajusté par moyennes alternées ; décalages rétrécis vers zéro par n / (n + {k}) (n : évaluations du rapporteur) ; contrôle par notes centrées-réduites pour les rapporteurs d'au moins {z} évaluations. Affiché à côté des notes brutes, jamais à leur place.</source>
      <translation>Score = quality of the application + offset of the rapporteur, fitted by alternating means; offsets shrunk towards zero by n / (n + {k}) (n: the rapporteur's reviews); checked with standardised scores for rapporteurs with at least {z} reviews. Shown beside the raw scores, never in their place.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="228" />
      <source>&lt;b&gt;{n}&lt;/b&gt; dossier(s) dont le rang bouge de plus de {places} places une fois ajusté : à discuter en priorité.</source>
      <translation>&lt;b&gt;{n}&lt;/b&gt; application(s) whose rank moves by more than {places} places once adjusted: to discuss first.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="312" />
      <source>Pré-remplit le formulaire de décision de chaque dossier de la séance : une proposition, jamais une décision avant le vote.</source>
      <translation>Pre-fills the decision form of each application of the session: a proposal, never a decision before the vote.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="337" />
      <source>Aucune décision n'est écrite : les scénarios sont des simulations.</source>
      <translation>No decision is written: the scenarios are simulations.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="383" />
      <source>Créez d'abord une séance : les scénarios portent sur elle.</source>
      <translation>Create a session first: the scenarios are about it.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="446" />
      <source>Aucune décision n'est écrite. En gras : les lignes où les scénarios diffèrent.</source>
      <translation>No decision is written. In bold: the rows where the scenarios differ.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="490" />
      <source>Scénario {n} proposé sur {count} dossiers de l'ordre du jour ({selected} retenus) : le formulaire de décision de chacun est pré-rempli, rien n'est décidé avant le vote.</source>
      <translation>Scenario {n} proposed on {count} agenda applications ({selected} selected): the decision form of each is pre-filled, nothing is decided before the vote.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="510" />
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="556" />
      <source>Aide à la décision</source>
      <translation>Decision support</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="514" />
      <source>&amp;Calibration des rapporteurs</source>
      <translation>&amp;Rapporteur calibration</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="515" />
      <source>&amp;Scénarios d'enveloppe</source>
      <translation>Envelope &amp;scenarios</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="518" />
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="557" />
      <source>Ouvrez d'abord un fichier d'appel.</source>
      <translation>Open a call file first.</translation>
    </message>
  </context>
  <context>
    <name>DossierList</name>
    <message>
      <location filename="../../ptce_desktop/gui/views/dossier_list.py" line="45" />
      <source>Éligibilité : toutes</source>
      <translation>Eligibility: all</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/dossier_list.py" line="46" />
      <source>Éligibles</source>
      <translation>Eligible</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/dossier_list.py" line="47" />
      <source>Inéligibles</source>
      <translation>Ineligible</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/dossier_list.py" line="48" />
      <source>Avec dérogation</source>
      <translation>With an override</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/dossier_list.py" line="49" />
      <source>Non contrôlés</source>
      <translation>Not checked</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/dossier_list.py" line="53" />
      <source>Évaluations : toutes</source>
      <translation>Reviews: all</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/dossier_list.py" line="54" />
      <source>Sans rapporteur</source>
      <translation>No rapporteur</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/dossier_list.py" line="55" />
      <source>Évaluations en cours</source>
      <translation>Reviews in progress</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/dossier_list.py" line="56" />
      <source>Évaluations terminées</source>
      <translation>Reviews complete</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/dossier_list.py" line="59" />
      <source>Décision : toutes</source>
      <translation>Decision: all</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/dossier_list.py" line="60" />
      <source>Sans décision</source>
      <translation>No decision</translation>
    </message>
    <message>
      <location filename="../../ui/dossier_list.ui" line="14" />
      <source>Rechercher (Ctrl+F) : numéro, pôle, porteur, membre, secteur…</source>
      <translation>Search (Ctrl+F): number, pole, lead, member, sector…</translation>
    </message>
    <message>
      <location filename="../../ui/dossier_list.ui" line="18" />
      <source>Tous les mots sont cherchés, en début de mot, sans tenir compte des accents</source>
      <translation>Every word is searched, at the start of words, ignoring accents</translation>
    </message>
    <message>
      <location filename="../../ui/dossier_list.ui" line="28" />
      <source>Région</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../../ui/dossier_list.ui" line="35" />
      <source>Secteur d'activité</source>
      <translation>Sector</translation>
    </message>
    <message>
      <location filename="../../ui/dossier_list.ui" line="42" />
      <source>Éligibilité</source>
      <translation>Eligibility</translation>
    </message>
    <message>
      <location filename="../../ui/dossier_list.ui" line="49" />
      <source>Avancement des évaluations</source>
      <translation>Progress of the reviews</translation>
    </message>
    <message>
      <location filename="../../ui/dossier_list.ui" line="56" />
      <source>Décision du comité</source>
      <translation>Committee's decision</translation>
    </message>
    <message>
      <location filename="../../ui/dossier_list.ui" line="63" />
      <source>Réinitialiser</source>
      <translation>Reset</translation>
    </message>
    <message>
      <location filename="../../ui/dossier_list.ui" line="64" />
      <source>Effacer la recherche et les filtres (Ctrl+Maj+F)</source>
      <translation>Clear the search and the filters (Ctrl+Shift+F)</translation>
    </message>
    <message>
      <location filename="../../ui/dossier_list.ui" line="71" />
      <source>Liste des dossiers</source>
      <translation>List of applications</translation>
    </message>
    <message>
      <location filename="../../ui/dossier_list.ui" line="82" />
      <source>Aucun dossier</source>
      <translation>No application</translation>
    </message>
  </context>
  <context>
    <name>DossierListView</name>
    <message>
      <location filename="../../ptce_desktop/gui/views/dossier_list.py" line="115" />
      <location filename="../../ptce_desktop/gui/views/dossier_list.py" line="304" />
      <source>Toutes les régions</source>
      <translation>All regions</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/dossier_list.py" line="116" />
      <location filename="../../ptce_desktop/gui/views/dossier_list.py" line="307" />
      <source>Tous les secteurs</source>
      <translation>All sectors</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/dossier_list.py" line="224" />
      <source>mes évaluations : {scored} / {total}</source>
      <translation>my reviews: {scored} / {total}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/dossier_list.py" line="234" />
      <source>Mes dossiers</source>
      <translation>My applications</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/dossier_list.py" line="345" />
      <source>{n} dossier</source>
      <translation>{n} application</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/dossier_list.py" line="345" />
      <source>{n} dossiers</source>
      <translation>{n} applications</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/dossier_list.py" line="349" />
      <source>{count} sur {total}</source>
      <translation>{count} of {total}</translation>
    </message>
  </context>
  <context>
    <name>DossierTable</name>
    <message>
      <location filename="../../ptce_desktop/gui/partials/dossier_table.py" line="71" />
      <source>à contrôler</source>
      <translation>to check</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/dossier_table.py" line="73" />
      <source>éligible</source>
      <translation>eligible</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/dossier_table.py" line="75" />
      <source>inéligible</source>
      <translation>ineligible</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/dossier_table.py" line="78" />
      <source>{verdict} (dérog.)</source>
      <translation>{verdict} (overr.)</translation>
    </message>
  </context>
  <context>
    <name>DossierView</name>
    <message>
      <location filename="../../ui/dossier_view.ui" line="16" />
      <source>Sélectionnez un dossier dans la liste pour l'afficher ici.</source>
      <translation>Select an application in the list to show it here.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/dossier_view.py" line="36" />
      <source>éligibilité à contrôler</source>
      <translation>eligibility to check</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/dossier_view.py" line="39" />
      <source>éligible (dérogation)</source>
      <translation>eligible (override)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/dossier_view.py" line="41" />
      <source>éligible</source>
      <translation>eligible</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/dossier_view.py" line="45" />
      <source>inéligible</source>
      <translation>ineligible</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/dossier_view.py" line="51" />
      <source>évaluations {done}/{expected}</source>
      <translation>reviews {done}/{expected}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/dossier_view.py" line="84" />
      <source>Résu&amp;mé</source>
      <translation>&amp;Summary</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/dossier_view.py" line="85" />
      <source>&amp;Budget</source>
      <translation>&amp;Budget</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/dossier_view.py" line="86" />
      <source>&amp;Pièces</source>
      <translation>&amp;Documents</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/dossier_view.py" line="87" />
      <source>É&amp;ligibilité</source>
      <translation>E&amp;ligibility</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/dossier_view.py" line="112" />
      <source>porté par {lead}</source>
      <translation>led by {lead}</translation>
    </message>
  </context>
  <context>
    <name>DsImportDialog</name>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="56" />
      <source>Exports Démarche Numérique (*.xlsx *.ods *.csv);;Tous les fichiers (*)</source>
      <translation>Démarche Numérique exports (*.xlsx *.ods *.csv);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="59" />
      <source>— aucune —</source>
      <translation>— none —</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="61" />
      <source>PDF du dossier (fait par la plateforme)</source>
      <translation>Application PDF (made by the platform)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="64" />
      <source>entreprise ESS</source>
      <translation>social economy enterprise</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="65" />
      <source>entreprise commerciale</source>
      <translation>commercial company</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="66" />
      <source>collectivité territoriale</source>
      <translation>local authority</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="67" />
      <source>centre de recherche</source>
      <translation>research centre</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="68" />
      <source>établissement d'enseignement supérieur</source>
      <translation>higher education institution</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="69" />
      <source>organisme de formation</source>
      <translation>training body</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="70" />
      <source>autre</source>
      <translation>other</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="71" />
      <source>acquis</source>
      <translation>secured</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="72" />
      <source>sollicité</source>
      <translation>requested</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="76" />
      <source>Nom du pôle</source>
      <translation>Name of the pole</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="77" />
      <source>Structure porteuse</source>
      <translation>Lead structure</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="78" />
      <source>SIRET du porteur</source>
      <translation>SIRET of the lead structure</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="79" />
      <source>Forme juridique</source>
      <translation>Legal form</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="80" />
      <source>Région</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="81" />
      <source>Département</source>
      <translation>Département</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="82" />
      <source>Communes</source>
      <translation>Communes</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="83" />
      <source>Secteurs</source>
      <translation>Sectors</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="84" />
      <source>Date de dépôt</source>
      <translation>Submission date</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="85" />
      <source>Coût total</source>
      <translation>Total cost</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="86" />
      <source>Montant demandé</source>
      <translation>Amount requested</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="87" />
      <source>Emplois existants</source>
      <translation>Existing jobs</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="88" />
      <source>Emplois créés</source>
      <translation>Jobs created</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="89" />
      <source>Emplois en insertion</source>
      <translation>Integration jobs</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="90" />
      <source>Mutualisations</source>
      <translation>Pooling</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="91" />
      <source>Résumé</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="92" />
      <source>Contact : nom</source>
      <translation>Contact: name</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="93" />
      <source>Contact : courriel</source>
      <translation>Contact: e-mail</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="94" />
      <source>Contact : téléphone</source>
      <translation>Contact: telephone</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="95" />
      <source>Nom du membre</source>
      <translation>Member's name</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="96" />
      <source>Catégorie</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="97" />
      <source>SIRET</source>
      <translation>SIRET</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="98" />
      <source>Rôle</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="99" />
      <source>Financeur</source>
      <translation>Funder</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="100" />
      <source>Montant</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="101" />
      <source>Type de financeur</source>
      <translation>Funder type</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="102" />
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="368" />
      <source>Statut</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="111" />
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="553" />
      <source>Importer un export Démarche Numérique</source>
      <translation>Import a Démarche Numérique export</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="129" />
      <source>facultatif : l'archive .zip des pièces jointes</source>
      <translation>optional: the .zip archive of the attached documents</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="133" />
      <source>&amp;Export :</source>
      <translation>&amp;Export:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="134" />
      <source>Pièces (&amp;zip) :</source>
      <translation>Documents (&amp;zip):</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="177" />
      <source>&amp;Pièces</source>
      <translation>&amp;Documents</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="190" />
      <source>Enregi&amp;strer la correspondance…</source>
      <translation>&amp;Save the mapping…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="139" />
      <source>Choisir…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="144" />
      <source>Préfixe des &amp;numéros :</source>
      <translation>&amp;Number prefix:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="155" />
      <source>Choisissez l'export de la démarche (.xlsx, .ods ou .csv).</source>
      <translation>Choose the procedure's export (.xlsx, .ods or .csv).</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="161" />
      <source>Notre champ</source>
      <translation>Our field</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="161" />
      <source>Colonne de l'export</source>
      <translation>Column of the export</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="161" />
      <source>Exemples</source>
      <translation>Examples</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="164" />
      <source>Champ</source>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="164" />
      <source>Valeur dans l'export</source>
      <translation>Value in the export</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="164" />
      <source>Chez nous</source>
      <translation>Here</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="167" />
      <source>Question (pièce jointe)</source>
      <translation>Question (attached document)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="167" />
      <source>Type de pièce</source>
      <translation>Document type</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="175" />
      <source>&amp;Colonnes</source>
      <translation>&amp;Columns</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="176" />
      <source>&amp;Traductions</source>
      <translation>&amp;Value tables</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="178" />
      <source>&amp;Aperçu</source>
      <translation>&amp;Preview</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="179" />
      <source>P&amp;roblèmes</source>
      <translation>P&amp;roblems</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="187" />
      <source>&amp;Importer</source>
      <translation>&amp;Import</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="218" />
      <source>Export de la démarche</source>
      <translation>The procedure's export</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="225" />
      <source>Pièces jointes</source>
      <translation>Attached documents</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="225" />
      <source>Archives (*.zip)</source>
      <translation>Archives (*.zip)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="245" />
      <source>Lecture de &lt;b&gt;{name}&lt;/b&gt;…</source>
      <translation>Reading &lt;b&gt;{name}&lt;/b&gt;…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="247" />
      <source>Lecture de l'export</source>
      <translation>Reading the export</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="320" />
      <source>Membres : feuille</source>
      <translation>Members: sheet</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="322" />
      <source>Cofinancements : feuille</source>
      <translation>Co-fundings: sheet</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="368" />
      <source>Catégorie de membre</source>
      <translation>Member category</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="375" />
      <source>— à compléter —</source>
      <translation>— to complete —</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="465" />
      <source>Aperçu de l'import</source>
      <translation>Import preview</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="491" />
      <source>&amp;Aperçu ({n})</source>
      <translation>&amp;Preview ({n})</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="493" />
      <source>P&amp;roblèmes ({errors} erreur(s), {warnings} avertissement(s))</source>
      <translation>P&amp;roblems ({errors} error(s), {warnings} warning(s))</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="496" />
      <source>&lt;b&gt;{name}&lt;/b&gt; (démarche « {procedure} ») : {plan}.</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt; (procedure “{procedure}”): {plan}.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="505" />
      <source>&lt;b&gt;Import impossible : {n} erreur(s).&lt;/b&gt; Corrigez la correspondance ou l'export (feuille, ligne et colonne indiquées) ; rien n'a été écrit.</source>
      <translation>&lt;b&gt;Cannot import: {n} error(s).&lt;/b&gt; Correct the mapping or the export (sheet, row and column given); nothing has been written.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="518" />
      <source>Enregistrer la correspondance</source>
      <translation>Save the mapping</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="519" />
      <source>Correspondance (*.toml)</source>
      <translation>Mapping (*.toml)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="534" />
      <source>Import de l'export Démarche Numérique</source>
      <translation>Importing the Démarche Numérique export</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/ds_import_dialog.py" line="554" />
      <source>Ouvrez d'abord un fichier d'appel (Fichier &gt; Ouvrir).</source>
      <translation>Open a call file first (File &gt; Open).</translation>
    </message>
  </context>
  <context>
    <name>EligibilityTab</name>
    <message>
      <location filename="../../ui/eligibility_tab.ui" line="18" />
      <source>Règles d'éligibilité et leur résultat</source>
      <translation>Eligibility rules and their result</translation>
    </message>
    <message>
      <location filename="../../ui/eligibility_tab.ui" line="36" />
      <source>Dé&amp;roger…</source>
      <translation>&amp;Override…</translation>
    </message>
    <message>
      <location filename="../../ui/eligibility_tab.ui" line="42" />
      <source>Retirer la déro&amp;gation</source>
      <translation>&amp;Withdraw the override</translation>
    </message>
    <message>
      <location filename="../../ui/eligibility_tab.ui" line="37" />
      <source>Remplacer le résultat automatique de la règle choisie, avec une justification écrite (Ctrl+D)</source>
      <translation>Replace the automatic result of the chosen rule, with a written justification (Ctrl+D)</translation>
    </message>
    <message>
      <location filename="../../ui/eligibility_tab.ui" line="43" />
      <source>Revenir au résultat automatique ; la dérogation reste au journal</source>
      <translation>Go back to the automatic result; the override stays in the log</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/eligibility_tab.py" line="26" />
      <source>Entreprise de l'ESS</source>
      <translation>Social economy enterprise</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/eligibility_tab.py" line="27" />
      <source>Entreprise commerciale</source>
      <translation>Commercial company</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/eligibility_tab.py" line="28" />
      <source>Nombre de membres</source>
      <translation>Number of members</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/eligibility_tab.py" line="29" />
      <source>Cofinancement des collectivités</source>
      <translation>Local authority co-funding</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/eligibility_tab.py" line="30" />
      <source>Montant demandé</source>
      <translation>Amount requested</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/eligibility_tab.py" line="31" />
      <source>SIRET du porteur</source>
      <translation>SIRET of the lead structure</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/eligibility_tab.py" line="32" />
      <source>Pièces obligatoires</source>
      <translation>Required documents</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/eligibility_tab.py" line="49" />
      <source>respectée</source>
      <translation>met</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/eligibility_tab.py" line="51" />
      <source>non respectée</source>
      <translation>not met</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/eligibility_tab.py" line="57" />
      <source>oui</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/eligibility_tab.py" line="63" />
      <source>{who}, {when} : « {why} »</source>
      <translation>{who}, {when}: “{why}”</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/eligibility_tab.py" line="97" />
      <source>&lt;b&gt;Éligibilité non contrôlée&lt;/b&gt; : lancez le contrôle d'éligibilité.</source>
      <translation>&lt;b&gt;Eligibility not checked&lt;/b&gt;: run the eligibility check.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/eligibility_tab.py" line="103" />
      <source>Dossier éligible</source>
      <translation>Eligible application</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/eligibility_tab.py" line="105" />
      <source>Dossier inéligible</source>
      <translation>Ineligible application</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/eligibility_tab.py" line="110" />
      <source> — règle(s) non respectée(s) : {rules}</source>
      <translation> — rule(s) not met: {rules}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/eligibility_tab.py" line="114" />
      <source> · {n} dérogation(s)</source>
      <translation> · {n} override(s)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/eligibility_tab.py" line="119" />
      <source>&lt;b&gt;{rule}&lt;/b&gt; : {reason}</source>
      <translation>&lt;b&gt;{rule}&lt;/b&gt;: {reason}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/eligibility_tab.py" line="123" />
      <source>&lt;b&gt;Dérogation&lt;/b&gt; ({verdict}) accordée par {who} le {when}</source>
      <translation>&lt;b&gt;Override&lt;/b&gt; ({verdict}) granted by {who} on {when}</translation>
    </message>
  </context>
  <context>
    <name>EnvelopeGauge</name>
    <message>
      <location filename="../../ptce_desktop/gui/partials/envelope_gauge.py" line="35" />
      <source>{name} : {granted} accordés sur {share}, reste {left}</source>
      <translation>{name}: {granted} granted of {share}, {left} left</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/envelope_gauge.py" line="70" />
      <source>dépassement {amount}</source>
      <translation>over by {amount}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/envelope_gauge.py" line="72" />
      <source>reste {amount}</source>
      <translation>{amount} left</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../ptce_desktop/gui/errors.py" line="27" />
      <source>le fichier d'appel est occupé par un autre programme (une autre fenêtre ou la ligne de commande) : réessayez dans un instant</source>
      <translation>the call file is in use by another program (another window or the command line): try again in a moment</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/errors.py" line="32" />
      <source>le fichier d'appel est verrouillé par une autre opération en cours : réessayez dans un instant</source>
      <translation>the call file is locked by another operation in progress: try again in a moment</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/errors.py" line="37" />
      <location filename="../../ptce_desktop/gui/errors.py" line="61" />
      <source>le disque est plein : libérez de la place puis recommencez</source>
      <translation>the disk is full: free some space and try again</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/errors.py" line="40" />
      <source>le fichier d'appel ne peut pas être modifié (lecture seule ou support protégé en écriture)</source>
      <translation>the call file cannot be changed (read-only, or a write-protected medium)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/errors.py" line="45" />
      <source>le fichier d'appel ne peut pas être ouvert (dossier absent ou droits insuffisants)</source>
      <translation>the call file cannot be opened (missing folder or insufficient rights)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/errors.py" line="49" />
      <source>le fichier d'appel est endommagé : restaurez une sauvegarde</source>
      <translation>the call file is damaged: restore a backup</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/errors.py" line="52" />
      <source>ce fichier n'est pas un fichier d'appel PTCE Desktop</source>
      <translation>this file is not a PTCE Desktop call file</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/errors.py" line="55" />
      <source>erreur de lecture ou d'écriture sur le disque (support retiré, réseau coupé ?)</source>
      <translation>read or write error on the disk (medium removed, network down?)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/errors.py" line="58" />
      <source>droits insuffisants sur le fichier d'appel</source>
      <translation>insufficient rights on the call file</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/errors.py" line="64" />
      <source>droits insuffisants sur « {name} »</source>
      <translation>insufficient rights on “{name}”</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/errors.py" line="65" />
      <source>opération non permise sur « {name} »</source>
      <translation>operation not permitted on “{name}”</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/errors.py" line="66" />
      <source>« {name} » est introuvable</source>
      <translation>“{name}” cannot be found</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/errors.py" line="67" />
      <source>« {name} » est sur un support en lecture seule</source>
      <translation>“{name}” is on a read-only medium</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/errors.py" line="68" />
      <source>« {name} » est un dossier, pas un fichier</source>
      <translation>“{name}” is a folder, not a file</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/errors.py" line="80" />
      <source>le fichier d'appel n'a pas pu être lu ou écrit</source>
      <translation>the call file could not be read or written</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/errors.py" line="84" />
      <source>fichier</source>
      <translation>file</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/errors.py" line="99" />
      <source>Copier le détail</source>
      <translation>Copy the details</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/errors.py" line="112" />
      <source>Restaurer une sauvegarde…</source>
      <translation>Restore a backup…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/errors.py" line="126" />
      <source>fichier d'appel</source>
      <translation>call file</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/errors.py" line="149" />
      <source>. Vos données enregistrées ne sont pas touchées.</source>
      <translation>. Your saved data is untouched.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/errors.py" line="155" />
      <source>Erreur inattendue</source>
      <translation>Unexpected error</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/errors.py" line="156" />
      <source>Une erreur inattendue s'est produite. Vos données enregistrées ne sont pas touchées : chaque modification est une transaction complète ou n'a pas lieu.</source>
      <translation>An unexpected error occurred. Your saved data is untouched: each change is a complete transaction or does not happen at all.</translation>
    </message>
  </context>
  <context>
    <name>ExportActions</name>
    <message>
      <location filename="../../ptce_desktop/gui/views/export_actions.py" line="27" />
      <source>Classeur Excel (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/export_actions.py" line="28" />
      <source>Fichiers CSV en archive zip (*.zip)</source>
      <translation>CSV files in a zip archive (*.zip)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/export_actions.py" line="38" />
      <location filename="../../ptce_desktop/gui/views/export_actions.py" line="67" />
      <location filename="../../ptce_desktop/gui/views/export_actions.py" line="74" />
      <source>Exporter</source>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/export_actions.py" line="39" />
      <location filename="../../ptce_desktop/gui/views/export_actions.py" line="68" />
      <source>Ouvrez d'abord un fichier d'appel.</source>
      <translation>Open a call file first.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/export_actions.py" line="49" />
      <source>Export écrit : {path}</source>
      <translation>Export written: {path}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/export_actions.py" line="51" />
      <source> (pièces jointes dans {folder}/)</source>
      <translation> (attached documents in {folder}/)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/export_actions.py" line="58" />
      <source>Export vers {name}</source>
      <translation>Export to {name}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/feature_actions.py" line="59" />
      <source>&amp;Classeur Excel…</source>
      <translation>&amp;Excel workbook…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/feature_actions.py" line="60" />
      <source>C&amp;SV (archive .zip)…</source>
      <translation>C&amp;SV (.zip archive)…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/feature_actions.py" line="65" />
      <source>Dossiers, membres, cofinancements, pièces, éligibilité, évaluations, classement, décisions et synthèse</source>
      <translation>Applications, members, co-fundings, documents, eligibility, reviews, ranking, decisions and summary</translation>
    </message>
  </context>
  <context>
    <name>IdentityDialog</name>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/identity.py" line="39" />
      <source>secrétariat du comité (sans être une personne de l'appel)</source>
      <translation>committee secretariat (without being a person of the call)</translation>
    </message>
    <message>
      <location filename="../../ui/identity_dialog.ui" line="6" />
      <source>Qui êtes-vous ?</source>
      <translation>Who are you?</translation>
    </message>
    <message>
      <location filename="../../ui/identity_dialog.ui" line="10" />
      <source>Choisissez votre nom parmi les personnes de l'appel. Il sera inscrit au journal d'audit à chacune de vos modifications de ce fichier.</source>
      <translation>Choose your name among the persons of the call. It will be written in the audit log with each of your changes to this file.</translation>
    </message>
    <message>
      <location filename="../../ui/identity_dialog.ui" line="16" />
      <source>Filtrer les noms…</source>
      <translation>Filter the names…</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="54" />
      <source>Candidatures (*.xlsx *.xlsm *.csv *.txt *.zip);;Classeurs Excel (*.xlsx *.xlsm);;Fichiers CSV (*.csv *.txt);;Archives zip (*.zip);;Tous les fichiers (*)</source>
      <translation>Applications (*.xlsx *.xlsm *.csv *.txt *.zip);;Excel workbooks (*.xlsx *.xlsm);;CSV files (*.csv *.txt);;Zip archives (*.zip);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="63" />
      <source>ajout</source>
      <translation>added</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="64" />
      <source>modification</source>
      <translation>changed</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="65" />
      <source>inchangé</source>
      <translation>unchanged</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="66" />
      <source>refusé</source>
      <translation>refused</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="106" />
      <source>avertissement</source>
      <translation>warning</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="108" />
      <source>erreur</source>
      <translation>error</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="166" />
      <source>&amp;Importer</source>
      <translation>&amp;Import</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="178" />
      <source>Choisissez la source à importer.</source>
      <translation>Choose the source to import.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="184" />
      <source>Source à importer</source>
      <translation>Source to import</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="190" />
      <source>Dossier à importer</source>
      <translation>Folder to import</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="213" />
      <source>Analyse de &lt;b&gt;{name}&lt;/b&gt;…</source>
      <translation>Analysing &lt;b&gt;{name}&lt;/b&gt;…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="219" />
      <source>Aperçu de l'import</source>
      <translation>Import preview</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="237" />
      <source>Aperçu ({n})</source>
      <translation>Preview ({n})</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="239" />
      <source>Problèmes ({errors} erreur(s), {warnings} avertissement(s))</source>
      <translation>Problems ({errors} error(s), {warnings} warning(s))</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="242" />
      <source>&lt;b&gt;{name}&lt;/b&gt; : {summary}.</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt;: {summary}.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="247" />
      <source>{n} erreur(s) ou plus</source>
      <translation>{n} error(s) or more</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="247" />
      <source>{n} erreur(s)</source>
      <translation>{n} error(s)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="252" />
      <source>&lt;b&gt;Import impossible : {errors}.&lt;/b&gt; Corrigez la source (fichier, ligne et colonne indiqués) puis relancez l'aperçu ; rien n'a été écrit.</source>
      <translation>&lt;b&gt;Cannot import: {errors}.&lt;/b&gt; Correct the source (file, row and column given) then run the preview again; nothing has been written.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="259" />
      <source>{n} avertissement(s) : voir « Problèmes ».</source>
      <translation>{n} warning(s): see “Problems”.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="278" />
      <source>Import des candidatures</source>
      <translation>Importing the applications</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="325" />
      <source>Import annulé : le fichier d'appel n'a pas été modifié.</source>
      <translation>Import cancelled: the call file has not been changed.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="316" />
      <source>Import terminé : {summary}</source>
      <translation>Import finished: {summary}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="340" />
      <location filename="../../ui/import_dialog.ui" line="6" />
      <source>Importer des candidatures</source>
      <translation>Import applications</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="341" />
      <source>Ouvrez d'abord un fichier d'appel (Fichier &gt; Ouvrir).</source>
      <translation>Open a call file first (File &gt; Open).</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/feature_actions.py" line="34" />
      <source>&amp;Candidatures (classeur, CSV, dossier, zip)…</source>
      <translation>&amp;Applications (workbook, CSV, folder, zip)…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/feature_actions.py" line="40" />
      <source>Importer des candidatures avec un aperçu avant écriture</source>
      <translation>Import applications with a preview before writing</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.ui" line="11" />
      <source>Source : un classeur .xlsx (feuilles dossiers, membres, cofinancements, pieces), un fichier .csv, ou un dossier ou une archive .zip de fichiers CSV avec les pièces jointes. Rien n'est écrit avant que vous cliquiez sur « Importer ».</source>
      <translation>Source: an .xlsx workbook (sheets dossiers, membres, cofinancements, pieces), a .csv file, or a folder or .zip archive of CSV files with the attached documents. Nothing is written until you click “Import”.</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.ui" line="18" />
      <source>&amp;Source :</source>
      <translation>&amp;Source:</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.ui" line="24" />
      <source>Choisissez un fichier ou un dossier</source>
      <translation>Choose a file or a folder</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.ui" line="30" />
      <source>&amp;Fichier…</source>
      <translation>&amp;File…</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.ui" line="31" />
      <source>Choisir un classeur, un fichier CSV ou une archive .zip</source>
      <translation>Choose a workbook, a CSV file or a .zip archive</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.ui" line="36" />
      <source>&amp;Dossier…</source>
      <translation>F&amp;older…</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.ui" line="37" />
      <source>Choisir un dossier contenant dossiers.csv et les pièces jointes</source>
      <translation>Choose a folder holding dossiers.csv and the attached documents</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.ui" line="44" />
      <source>&amp;Mettre à jour les dossiers dont le numéro existe déjà (chaque modification est inscrite au journal d'audit)</source>
      <translation>&amp;Update the applications whose number already exists (each change is written in the audit log)</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.ui" line="56" />
      <source>Aperçu</source>
      <translation>Preview</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.ui" line="69" />
      <source>Problèmes</source>
      <translation>Problems</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../ptce_desktop/gui/main_window.py" line="84" />
      <source>Fichiers d'appel PTCE (*.ptce);;Tous les fichiers (*)</source>
      <translation>PTCE call files (*.ptce);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/main_window.py" line="190" />
      <source>Aucun fichier ouvert</source>
      <translation>No file open</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/main_window.py" line="195" />
      <source>Vérification de l'intégrité du fichier…</source>
      <translation>Checking the file's integrity…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/main_window.py" line="251" />
      <source>&amp;Séances du comité…</source>
      <translation>Committee &amp;sessions…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/main_window.py" line="300" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/main_window.py" line="350" />
      <source>Ouvrir un fichier d'appel</source>
      <translation>Open a call file</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/main_window.py" line="379" />
      <source>Ouverture de {name}</source>
      <translation>Opening {name}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/main_window.py" line="535" />
      <source>&lt;b&gt;Fichier endommagé :&lt;/b&gt; {damage} Les modifications sont refusées.</source>
      <translation>&lt;b&gt;Damaged file:&lt;/b&gt; {damage} Changes are refused.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/main_window.py" line="772" />
      <source>{n} dossiers</source>
      <translation>{n} applications</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/main_window.py" line="773" />
      <source>{n} éligibles</source>
      <translation>{n} eligible</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/main_window.py" line="774" />
      <source>{n} évaluations</source>
      <translation>{n} reviews</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/main_window.py" line="777" />
      <source>{n} retenus</source>
      <translation>{n} selected</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/main_window.py" line="779" />
      <source>{granted} accordés sur {envelope}</source>
      <translation>{granted} granted of {envelope}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/main_window.py" line="789" />
      <source>Vous : {actor}</source>
      <translation>You: {actor}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/main_window.py" line="879" />
      <source>Quitter</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/main_window.py" line="880" />
      <source>Une tâche est en cours. L'interrompre et quitter ?</source>
      <translation>A task is running. Stop it and quit?</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="12" />
      <source>PTCE Desktop</source>
      <translation>PTCE Desktop</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="48" />
      <source>&amp;Fichier</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="50" />
      <source>Fichiers &amp;récents</source>
      <translation>&amp;Recent files</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="53" />
      <source>&amp;Importer</source>
      <translation>&amp;Import</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="56" />
      <source>E&amp;xporter</source>
      <translation>E&amp;xport</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="70" />
      <source>&amp;Affichage</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="86" />
      <source>Ai&amp;de</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="97" />
      <source>Historique du dossier</source>
      <translation>Application history</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="110" />
      <source>Historique des modifications du dossier</source>
      <translation>History of the changes to the application</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="121" />
      <source>&amp;Nouvel appel…</source>
      <translation>&amp;New call…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="122" />
      <source>Créer un fichier d'appel vide à partir du modèle 2013</source>
      <translation>Create an empty call file from the 2013 template</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="123" />
      <source>Ctrl+N</source>
      <translation>Ctrl+N</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="126" />
      <source>&amp;Ouvrir…</source>
      <translation>&amp;Open…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="127" />
      <source>Ouvrir un fichier d'appel (.ptce)</source>
      <translation>Open a call file (.ptce)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="128" />
      <source>Ctrl+O</source>
      <translation>Ctrl+O</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="131" />
      <source>Changer d'i&amp;dentité…</source>
      <translation>Change i&amp;dentity…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="152" />
      <source>Dossier sui&amp;vant</source>
      <translation>&amp;Next application</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="178" />
      <source>Plei&amp;n écran</source>
      <translation>F&amp;ull screen</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="132" />
      <source>Indiquer qui vous êtes : votre nom est inscrit au journal de chaque modification</source>
      <translation>Say who you are: your name is written in the log of every change</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="133" />
      <source>Ctrl+Shift+I</source>
      <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="136" />
      <source>&amp;Quitter</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="137" />
      <source>Ctrl+Q</source>
      <translation>Ctrl+Q</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="140" />
      <source>&amp;Rechercher un dossier</source>
      <translation>&amp;Find an application</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="141" />
      <source>Ctrl+F</source>
      <translation>Ctrl+F</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="144" />
      <source>Réinitialiser les &amp;filtres</source>
      <translation>Reset the f&amp;ilters</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="145" />
      <source>Ctrl+Shift+F</source>
      <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="148" />
      <source>Dossier &amp;précédent</source>
      <translation>&amp;Previous application</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="149" />
      <source>Alt+Up</source>
      <translation>Alt+Up</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="153" />
      <source>Alt+Down</source>
      <translation>Alt+Down</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="156" />
      <source>Onglet Résumé</source>
      <translation>Summary tab</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="157" />
      <source>Ctrl+1</source>
      <translation>Ctrl+1</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="160" />
      <source>Onglet Budget</source>
      <translation>Budget tab</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="161" />
      <source>Ctrl+2</source>
      <translation>Ctrl+2</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="164" />
      <source>Onglet Pièces</source>
      <translation>Documents tab</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="165" />
      <source>Ctrl+3</source>
      <translation>Ctrl+3</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="168" />
      <source>Onglet Éligibilité</source>
      <translation>Eligibility tab</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="169" />
      <source>Ctrl+4</source>
      <translation>Ctrl+4</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="173" />
      <source>&amp;Historique du dossier</source>
      <translation>Application &amp;history</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="174" />
      <source>Ctrl+H</source>
      <translation>Ctrl+H</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="179" />
      <source>F11</source>
      <translation>F11</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="182" />
      <source>&amp;Raccourcis clavier</source>
      <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="183" />
      <source>F1</source>
      <translation>F1</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="186" />
      <source>À &amp;propos de PTCE Desktop</source>
      <translation>&amp;About PTCE Desktop</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="187" />
      <source>Shift+F1</source>
      <translation>Shift+F1</translation>
    </message>
  </context>
  <context>
    <name>MeetingWindow</name>
    <message>
      <location filename="../../ptce_desktop/gui/views/meeting_window.py" line="59" />
      <source>Projection — comité de sélection</source>
      <translation>Projection — selection committee</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/meeting_window.py" line="77" />
      <source>Notes des rapporteurs par critère (moyenne, écart)</source>
      <translation>Rapporteurs' scores per criterion (mean, spread)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/meeting_window.py" line="97" />
      <source>Enveloppe par financeur</source>
      <translation>Envelope per funder</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/meeting_window.py" line="113" />
      <source>Comité de sélection</source>
      <translation>Selection committee</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/meeting_window.py" line="114" />
      <source>En attente du premier dossier</source>
      <translation>Waiting for the first application</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/meeting_window.py" line="123" />
      <source>Dossier &lt;b&gt;{position}&lt;/b&gt; / {total}</source>
      <translation>Application &lt;b&gt;{position}&lt;/b&gt; / {total}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/meeting_window.py" line="134" />
      <source>(rang {rank})</source>
      <translation>(rank {rank})</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/meeting_window.py" line="139" />
      <source>Porteur : {lead}</source>
      <translation>Lead: {lead}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/meeting_window.py" line="141" />
      <source>Montant sollicité : {amount}</source>
      <translation>Amount requested: {amount}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/meeting_window.py" line="143" />
      <source>Note pondérée : {score}</source>
      <translation>Weighted score: {score}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/meeting_window.py" line="150" />
      <source>Déport : {names} quitte la salle et ne prend pas part à la délibération</source>
      <translation>Recusal: {names} leaves the room and takes no part in the deliberation</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/meeting_window.py" line="154" />
      <source>Déport : {names} quittent la salle et ne prennent pas part à la délibération</source>
      <translation>Recusal: {names} leave the room and take no part in the deliberation</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/meeting_window.py" line="165" />
      <source>{votes_for} pour, {votes_against} contre</source>
      <translation>{votes_for} for, {votes_against} against</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/meeting_window.py" line="170" />
      <source>, {n} abstention</source>
      <translation>, {n} abstention</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/meeting_window.py" line="172" />
      <source>, {n} abstentions</source>
      <translation>, {n} abstentions</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/meeting_window.py" line="175" />
      <source>, voix prépondérante du président</source>
      <translation>, chair's casting vote</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/meeting_window.py" line="178" />
      <source>Décision : {outcome} ({votes})</source>
      <translation>Decision: {outcome} ({votes})</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/meeting_window.py" line="196" />
      <source>Membres du pôle</source>
      <translation>Members of the pole</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/meeting_window.py" line="198" />
      <source>Avis des rapporteurs</source>
      <translation>Rapporteurs' opinions</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/meeting_window.py" line="199" />
      <source>Aucune évaluation soumise.</source>
      <translation>No review submitted.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/meeting_window.py" line="222" />
      <source> ▲ désaccord</source>
      <translation> ▲ disagreement</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/meeting_window.py" line="223" />
      <source>de {low} à {high}</source>
      <translation>{low} to {high}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/meeting_window.py" line="305" />
      <source>dép. {code}</source>
      <translation>dept. {code}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/meeting_window.py" line="313" />
      <source> et {n} autres</source>
      <translation> and {n} others</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/meeting_window.py" line="317" />
      <source>Secteurs : {sectors}</source>
      <translation>Sectors: {sectors}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/meeting_window.py" line="322" />
      <source>&lt;b&gt;{n} membres&lt;/b&gt; : {summary}</source>
      <translation>&lt;b&gt;{n} members&lt;/b&gt;: {summary}</translation>
    </message>
  </context>
  <context>
    <name>MinutesDialog</name>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="56" />
      <source>Président(e) du comité</source>
      <translation>Chair of the committee</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="57" />
      <source>Secrétaire de séance</source>
      <translation>Secretary of the session</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="90" />
      <source>Aucun procès-verbal affiché : « Éditer le procès-verbal » le prépare ici.</source>
      <translation>No minutes shown: “Produce the minutes” prepares them here.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="124" />
      <source>{state} ({decided}/{items} décisions)</source>
      <translation>{state} ({decided}/{items} decisions)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="153" />
      <source>Aucune séance : créez-en une dans « Séances du comité ».</source>
      <translation>No session: create one in “Committee sessions”.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="159" />
      <source>Procès-verbal signé&lt;/b&gt; : la séance est verrouillée. Toute modification passe par un avenant.</source>
      <translation>Signed minutes&lt;/b&gt;: the session is locked. Any change goes through an amendment.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="165" />
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="384" />
      <source>PDF signé enregistré</source>
      <translation>Signed PDF on file</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="169" />
      <source>Séance close : éditez le procès-verbal, relisez-le, puis faites-le signer par le président et le secrétaire.</source>
      <translation>Session closed: produce the minutes, read them, then have the chair and the secretary sign them.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="177" />
      <source>Séance {state}&lt;/b&gt; : le procès-verbal s'édite une fois la séance close (une décision par dossier).</source>
      <translation>Session {state}&lt;/b&gt;: the minutes are produced once the session is closed (one decision per application).</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="219" />
      <source>{pages} page(s) · {size} Ko</source>
      <translation>{pages} page(s) · {size} KB</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="265" />
      <source>Édition du procès-verbal</source>
      <translation>Producing the minutes</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="266" />
      <source>Brouillon à signer</source>
      <translation>Draft to sign</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="283" />
      <source>Enregistrer le procès-verbal</source>
      <translation>Save the minutes</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="290" />
      <source>Enregistrer le PDF</source>
      <translation>Save the PDF</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="350" />
      <source>Signature</source>
      <translation>Signature</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="359" />
      <source>Procès-verbal signé</source>
      <translation>Signed minutes</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="375" />
      <source>Enregistrement du PDF signé</source>
      <translation>Recording the signed PDF</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="390" />
      <source>document affiché</source>
      <translation>document shown</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="394" />
      <source>Vérifier un PDF signé</source>
      <translation>Verify a signed PDF</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="400" />
      <source>Vérification</source>
      <translation>Verification</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="417" />
      <source>Vérification des signatures</source>
      <translation>Verifying the signatures</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="428" />
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="433" />
      <source>Avenant</source>
      <translation>Amendment</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="435" />
      <source>La séance {new} est ouverte : elle reprend l'ordre du jour, les présences et les décisions de la séance {old}, que vous pouvez modifier dans « Séances du comité ». Son procès-verbal indiquera qu'il amende le procès-verbal signé.</source>
      <translation>Session {new} is open: it takes over the agenda, attendance and decisions of session {old}, which you can change in “Committee sessions”. Its minutes will state that they amend the signed minutes.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="443" />
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="454" />
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="489" />
      <source>Lettres de notification</source>
      <translation>Notification letters</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="445" />
      <source>Une lettre par candidat, retenu ou non, avec le montant et les motifs.</source>
      <translation>One letter per applicant, selected or not, with the amount and the reasons.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="447" />
      <source>Un seul PDF…</source>
      <translation>One PDF…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="448" />
      <source>Un PDF par candidat…</source>
      <translation>One PDF per applicant…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="462" />
      <source>Dossier des lettres</source>
      <translation>Folder for the letters</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="512" />
      <source>oui</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="514" />
      <source>NON</source>
      <translation>NO</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="525" />
      <source>✗ Aucune signature</source>
      <translation>✗ No signature</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="531" />
      <source>✓ Signatures valides</source>
      <translation>✓ Valid signatures</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="537" />
      <source>✗ Signatures NON valides</source>
      <translation>✗ Signatures NOT valid</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="545" />
      <source>intègre</source>
      <translation>intact</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="553" />
      <source>suivie d'autres signatures</source>
      <translation>followed by other signatures</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="559" />
      <source>couvre tout le document</source>
      <translation>covers the whole document</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="566" />
      <source>autorité de confiance : oui</source>
      <translation>trusted authority: yes</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="570" />
      <source>autorité non reconnue</source>
      <translation>authority not recognised</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="576" />
      <source>identité de TEST</source>
      <translation>TEST identity</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="587" />
      <source>(heure déclarée par le signataire)</source>
      <translation>(time declared by the signer)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="606" />
      <source>Procès-verbal</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/minutes_dialog.py" line="607" />
      <source>Ouvrez d'abord un fichier d'appel.</source>
      <translation>Open a call file first.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/feature_actions.py" line="76" />
      <source>&amp;Procès-verbal…</source>
      <translation>&amp;Minutes…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/feature_actions.py" line="79" />
      <source>Éditer, signer, vérifier et imprimer le procès-verbal d'une séance</source>
      <translation>Produce, sign, verify and print the minutes of a session</translation>
    </message>
    <message>
      <location filename="../../ui/minutes_dialog.ui" line="7" />
      <source>Procès-verbal de séance</source>
      <translation>Minutes of the session</translation>
    </message>
    <message>
      <location filename="../../ui/minutes_dialog.ui" line="13" />
      <source>&amp;Séance :</source>
      <translation>&amp;Session:</translation>
    </message>
    <message>
      <location filename="../../ui/minutes_dialog.ui" line="24" />
      <source>Éditer le procès-&amp;verbal</source>
      <translation>Produce the &amp;minutes</translation>
    </message>
    <message>
      <location filename="../../ui/minutes_dialog.ui" line="25" />
      <source>Mettre en page le procès-verbal de la séance close et en garder le brouillon dans le fichier d'appel</source>
      <translation>Lay out the minutes of the closed session and keep the draft in the call file</translation>
    </message>
    <message>
      <location filename="../../ui/minutes_dialog.ui" line="31" />
      <source>Ouvrir un &amp;avenant</source>
      <translation>Open an &amp;amendment</translation>
    </message>
    <message>
      <location filename="../../ui/minutes_dialog.ui" line="32" />
      <source>Créer une nouvelle séance modifiable qui amende le procès-verbal signé</source>
      <translation>Create a new editable session that amends the signed minutes</translation>
    </message>
    <message>
      <location filename="../../ui/minutes_dialog.ui" line="71" />
      <source>Impression</source>
      <translation>Printing</translation>
    </message>
    <message>
      <location filename="../../ui/minutes_dialog.ui" line="73" />
      <source>Aperçu avant &amp;impression…</source>
      <translation>Print pre&amp;view…</translation>
    </message>
    <message>
      <location filename="../../ui/minutes_dialog.ui" line="74" />
      <source>Im&amp;primer…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <location filename="../../ui/minutes_dialog.ui" line="75" />
      <source>Enregistrer le P&amp;DF…</source>
      <translation>Save the P&amp;DF…</translation>
    </message>
    <message>
      <location filename="../../ui/minutes_dialog.ui" line="81" />
      <source>Signature électronique</source>
      <translation>Electronic signature</translation>
    </message>
    <message>
      <location filename="../../ui/minutes_dialog.ui" line="83" />
      <source>Si&amp;gner…</source>
      <translation>Si&amp;gn…</translation>
    </message>
    <message>
      <location filename="../../ui/minutes_dialog.ui" line="83" />
      <source>Signer dans le cadre du président ou du secrétaire avec une identité numérique (.p12), puis enregistrer le PDF signé dans le fichier d'appel</source>
      <translation>Sign in the chair's or the secretary's box with a digital identity (.p12), then record the signed PDF in the call file</translation>
    </message>
    <message>
      <location filename="../../ui/minutes_dialog.ui" line="84" />
      <source>&amp;Enregistrer un PDF signé ailleurs…</source>
      <translation>Record a PDF signed &amp;elsewhere…</translation>
    </message>
    <message>
      <location filename="../../ui/minutes_dialog.ui" line="85" />
      <source>Vé&amp;rifier les signatures</source>
      <translation>Ve&amp;rify the signatures</translation>
    </message>
    <message>
      <location filename="../../ui/minutes_dialog.ui" line="84" />
      <source>Enregistrer dans le fichier d'appel un procès-verbal signé avec un autre outil</source>
      <translation>Record in the call file minutes signed with another tool</translation>
    </message>
    <message>
      <location filename="../../ui/minutes_dialog.ui" line="86" />
      <source>Vérifier un &amp;fichier PDF…</source>
      <translation>Verify a PDF &amp;file…</translation>
    </message>
    <message>
      <location filename="../../ui/minutes_dialog.ui" line="92" />
      <source>Candidats</source>
      <translation>Applicants</translation>
    </message>
    <message>
      <location filename="../../ui/minutes_dialog.ui" line="94" />
      <source>&amp;Lettres de notification…</source>
      <translation>Notification &amp;letters…</translation>
    </message>
    <message>
      <location filename="../../ui/minutes_dialog.ui" line="94" />
      <source>Une lettre par candidat (retenu ou non, avec le montant et les motifs), en un seul PDF ou un PDF par candidat</source>
      <translation>One letter per applicant (selected or not, with the amount and the reasons), in one PDF or one PDF per applicant</translation>
    </message>
  </context>
  <context>
    <name>NewSessionDialog</name>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/new_session.py" line="44" />
      <source>Nouvelle séance</source>
      <translation>New session</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/new_session.py" line="50" />
      <source>Séance du comité de sélection</source>
      <translation>Selection committee session</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/new_session.py" line="64" />
      <source>&amp;Intitulé :</source>
      <translation>&amp;Title:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/new_session.py" line="65" />
      <source>&amp;Date :</source>
      <translation>&amp;Date:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/new_session.py" line="66" />
      <source>&amp;Heure :</source>
      <translation>T&amp;ime:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/new_session.py" line="67" />
      <source>&amp;Lieu :</source>
      <translation>&amp;Place:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/new_session.py" line="68" />
      <source>&amp;Président(e) :</source>
      <translation>C&amp;hair:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/new_session.py" line="69" />
      <source>&amp;Secrétaire :</source>
      <translation>&amp;Secretary:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/new_session.py" line="74" />
      <source>Ordre du jour</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/new_session.py" line="82" />
      <source>les dossiers cl&amp;assés non encore réglés ({n})</source>
      <translation>the &amp;ranked applications not yet settled ({n})</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/new_session.py" line="86" />
      <source>tous les dossiers éli&amp;gibles non encore réglés ({n})</source>
      <translation>all &amp;eligible applications not yet settled ({n})</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/new_session.py" line="90" />
      <source>les dossiers ch&amp;oisis ci-dessous</source>
      <translation>the applications ch&amp;osen below</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/new_session.py" line="99" />
      <source>Dossiers à inscrire</source>
      <translation>Applications to put on the agenda</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/new_session.py" line="102" />
      <source>rang {rank}</source>
      <translation>rank {rank}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/new_session.py" line="102" />
      <source>non classé</source>
      <translation>not ranked</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/new_session.py" line="112" />
      <source>Calibration des rapporteurs montrée au comité (annexe 3 du procès-verbal)</source>
      <translation>Rapporteur calibration shown to the committee (annex 3 of the minutes)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/new_session.py" line="117" />
      <source>Cochez si le comité voit les notes ajustées de la sévérité des rapporteurs : le procès-verbal en décrit alors la méthode et ses paramètres.</source>
      <translation>Tick if the committee sees the scores adjusted for the rapporteurs' severity: the minutes then describe the method and its parameters.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/new_session.py" line="129" />
      <source>&amp;Créer la séance</source>
      <translation>&amp;Create the session</translation>
    </message>
  </context>
  <context>
    <name>NumberField</name>
    <message>
      <location filename="../../ptce_desktop/gui/partials/fields.py" line="133" />
      <source>valeur</source>
      <translation>value</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/fields.py" line="135" />
      <source>{name} : « {text} » n'est pas un nombre</source>
      <translation>{name}: “{text}” is not a number</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/fields.py" line="139" />
      <source>{name} : {value} n'est pas un nombre entier</source>
      <translation>{name}: {value} is not a whole number</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/fields.py" line="143" />
      <source>{name} : {value} est en dessous du {bound} ({limit})</source>
      <translation>{name}: {value} is below the {bound} ({limit})</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/fields.py" line="146" />
      <source>minimum</source>
      <translation>minimum</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/fields.py" line="150" />
      <source>{name} : {value} dépasse le {bound} ({limit})</source>
      <translation>{name}: {value} exceeds the {bound} ({limit})</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/fields.py" line="153" />
      <source>maximum</source>
      <translation>maximum</translation>
    </message>
  </context>
  <context>
    <name>OverrideDialog</name>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/override.py" line="43" />
      <source>Enregistrer la dérogation</source>
      <translation>Record the override</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/override.py" line="46" />
      <source>respectée</source>
      <translation>met</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/override.py" line="46" />
      <source>non respectée</source>
      <translation>not met</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/override.py" line="49" />
      <source>Dossier &lt;b&gt;{numero}&lt;/b&gt; — règle &lt;b&gt;{rule}&lt;/b&gt;&lt;br&gt;Contrôle automatique : &lt;b&gt;{automatic}&lt;/b&gt; ({reason})</source>
      <translation>Application &lt;b&gt;{numero}&lt;/b&gt; — rule &lt;b&gt;{rule}&lt;/b&gt;&lt;br&gt;Automatic check: &lt;b&gt;{automatic}&lt;/b&gt; ({reason})</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/override.py" line="64" />
      <source>La dérogation sera enregistrée au nom de {actor}, avec la date et l'heure, dans le journal d'audit du fichier.</source>
      <translation>The override will be recorded in the name of {actor}, with the date and time, in the file's audit log.</translation>
    </message>
    <message>
      <location filename="../../ui/override_dialog.ui" line="6" />
      <source>Dérogation à une règle d'éligibilité</source>
      <translation>Override of an eligibility rule</translation>
    </message>
    <message>
      <location filename="../../ui/override_dialog.ui" line="16" />
      <source>Résultat retenu par le comité</source>
      <translation>Result adopted by the committee</translation>
    </message>
    <message>
      <location filename="../../ui/override_dialog.ui" line="20" />
      <source>Règle &amp;respectée</source>
      <translation>Rule &amp;met</translation>
    </message>
    <message>
      <location filename="../../ui/override_dialog.ui" line="25" />
      <source>Règle &amp;non respectée</source>
      <translation>Rule &amp;not met</translation>
    </message>
    <message>
      <location filename="../../ui/override_dialog.ui" line="33" />
      <source>&amp;Justification écrite (obligatoire) :</source>
      <translation>Written &amp;justification (required):</translation>
    </message>
    <message>
      <location filename="../../ui/override_dialog.ui" line="39" />
      <source>Par exemple : attestation d'adhésion de l'entreprise commerciale reçue le 12 septembre, jointe au dossier.</source>
      <translation>For example: membership certificate of the commercial company received on 12 September, attached to the application.</translation>
    </message>
  </context>
  <context>
    <name>PackageActions</name>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_actions.py" line="36" />
      <source>Paquets de rapporteur (*{extension});;Tous les fichiers (*)</source>
      <translation>Rapporteur packages (*{extension});;All files (*)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_actions.py" line="43" />
      <source>Phrase de passe</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_actions.py" line="55" />
      <source>Phrase de passe du paquet {name} (reçue du secrétariat) :</source>
      <translation>Passphrase of the package {name} (received from the secretariat):</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_actions.py" line="70" />
      <source>Nouvelle édition du paquet : {n} dossier(s) ajouté(s)</source>
      <translation>New edition of the package: {n} application(s) added</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_actions.py" line="79" />
      <source>Ouverture du paquet {name}</source>
      <translation>Opening the package {name}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_actions.py" line="91" />
      <source>Renvoyer</source>
      <translation>Send back</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_actions.py" line="92" />
      <source>Ce fichier n'est pas un paquet de rapporteur.</source>
      <translation>This file is not a rapporteur package.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_actions.py" line="99" />
      <source>Renvoyer au secrétariat</source>
      <translation>Send back to the secretariat</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_actions.py" line="107" />
      <source>Phrase de passe du paquet :</source>
      <translation>Passphrase of the package:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_actions.py" line="121" />
      <source>Retour n° {sequence} écrit : {path} ({reviews} évaluations, {annotations} annotations) — à remettre au secrétariat</source>
      <translation>Return no. {sequence} written: {path} ({reviews} reviews, {annotations} annotations) — to hand to the secretariat</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_actions.py" line="135" />
      <source>Retour au secrétariat</source>
      <translation>Return to the secretariat</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_actions.py" line="146" />
      <source>Préparer</source>
      <translation>Prepare</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_actions.py" line="147" />
      <location filename="../../ptce_desktop/gui/views/package_actions.py" line="206" />
      <source>Ouvrez d'abord un fichier d'appel.</source>
      <translation>Open a call file first.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_actions.py" line="175" />
      <source>{rapporteur} : {file} ({n} dossiers) — phrase : {phrase}</source>
      <translation>{rapporteur}: {file} ({n} applications) — passphrase: {phrase}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_actions.py" line="180" />
      <source>{n} paquet(s) écrit(s) dans {folder}.
Transmettez chaque phrase de passe par un autre canal que le paquet (téléphone, SMS).</source>
      <translation>{n} package(s) written in {folder}.
Send each passphrase through another channel than the package (telephone, text message).</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_actions.py" line="187" />
      <source>Paquets préparés</source>
      <translation>Packages prepared</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_actions.py" line="196" />
      <source>Préparation des paquets</source>
      <translation>Preparing the packages</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_actions.py" line="205" />
      <location filename="../../ptce_desktop/gui/views/package_actions.py" line="224" />
      <source>Importer</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_actions.py" line="212" />
      <location filename="../../ptce_desktop/gui/views/package_actions.py" line="260" />
      <source>Retours de rapporteurs</source>
      <translation>Rapporteurs' returns</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_actions.py" line="229" />
      <source>Phrase de passe du retour de {who} ({file}) :</source>
      <translation>Passphrase of the return from {who} ({file}):</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_actions.py" line="250" />
      <source>{n} évaluation(s) en attente : Affichage &gt; Évaluations reçues en attente…</source>
      <translation>{n} review(s) waiting: View &gt; Received reviews waiting…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_actions.py" line="271" />
      <source>Import des retours</source>
      <translation>Importing the returns</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/rapporteur_badge.py" line="29" />
      <source> — mode rapporteur ({actor})</source>
      <translation> — rapporteur mode ({actor})</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/rapporteur_badge.py" line="41" />
      <source>dernier retour n° {n}</source>
      <translation>last return no. {n}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/rapporteur_badge.py" line="43" />
      <source>aucun retour</source>
      <translation>no return yet</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/rapporteur_badge.py" line="47" />
      <source>Mode rapporteur · {sent} · Renvoyer : Ctrl+Alt+R</source>
      <translation>Rapporteur mode · {sent} · Send back: Ctrl+Alt+R</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/rapporteur_badge.py" line="53" />
      <source>Copie de travail hors ligne (paquet édition {edition}). Fichier &gt; Renvoyer au secrétariat écrit le retour à lui remettre.</source>
      <translation>Offline working copy (package edition {edition}). File &gt; Send back to the secretariat writes the return to hand over.</translation>
    </message>
  </context>
  <context>
    <name>PdfPrinting</name>
    <message>
      <location filename="../../ptce_desktop/gui/partials/pdf_printing.py" line="69" />
      <source>Aperçu avant impression</source>
      <translation>Print preview</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/pdf_printing.py" line="78" />
      <source>Imprimer</source>
      <translation>Print</translation>
    </message>
  </context>
  <context>
    <name>PendingDialog</name>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_dialogs.py" line="124" />
      <source>Évaluations reçues en attente</source>
      <translation>Received reviews waiting</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_dialogs.py" line="128" />
      <source>Garder la version du &amp;secrétariat</source>
      <translation>Keep the &amp;secretariat's version</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_dialogs.py" line="129" />
      <source>Prendre la version du &amp;rapporteur</source>
      <translation>Take the &amp;rapporteur's version</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_dialogs.py" line="151" />
      <source>{numero} — {rapporteur} (retour n° {sequence}) : en place {ours} ; reçue {theirs}</source>
      <translation>{numero} — {rapporteur} (return no. {sequence}): in place {ours}; received {theirs}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_dialogs.py" line="162" />
      <source>Aucune évaluation en attente.</source>
      <translation>No review waiting.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_dialogs.py" line="174" />
      <source>Évaluations en attente</source>
      <translation>Reviews waiting</translation>
    </message>
  </context>
  <context>
    <name>PeopleImportDialog</name>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_import.py" line="33" />
      <source>Personnes (*.xlsx *.xlsm *.csv *.txt);;Tous les fichiers (*)</source>
      <translation>Persons (*.xlsx *.xlsm *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_import.py" line="62" />
      <source>Importer des personnes</source>
      <translation>Import persons</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_import.py" line="70" />
      <source>classeur .xlsx (feuille « personnes ») ou fichier .csv</source>
      <translation>.xlsx workbook (sheet “personnes”) or .csv file</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_import.py" line="72" />
      <source>&amp;Parcourir…</source>
      <translation>&amp;Browse…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_import.py" line="77" />
      <source>Colonnes : nom, institution, email, roles (president, secretaire, membre, rapporteur, secretariat, séparés par des virgules), region.</source>
      <translation>Columns: nom, institution, email, roles (president, secretaire, membre, rapporteur, secretariat, separated by commas), region.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_import.py" line="86" />
      <source>Aperçu</source>
      <translation>Preview</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_import.py" line="87" />
      <source>Problèmes</source>
      <translation>Problems</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_import.py" line="92" />
      <source>&amp;Importer</source>
      <translation>&amp;Import</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_import.py" line="97" />
      <source>&amp;Source :</source>
      <translation>&amp;Source:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_import.py" line="110" />
      <source>Personnes à importer</source>
      <translation>Persons to import</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_import.py" line="127" />
      <source>Aperçu ({n})</source>
      <translation>Preview ({n})</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_import.py" line="130" />
      <source>Problèmes ({errors} erreur(s), {warnings} avertissement(s))</source>
      <translation>Problems ({errors} error(s), {warnings} warning(s))</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_import.py" line="134" />
      <source>&lt;b&gt;{name}&lt;/b&gt; : {summary}.</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt;: {summary}.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_import.py" line="141" />
      <source>&lt;b&gt;Import impossible : {n} erreur(s).&lt;/b&gt; Corrigez la source (ligne et colonne indiquées) puis relancez l'aperçu ; rien n'a été écrit.</source>
      <translation>&lt;b&gt;Import impossible: {n} error(s).&lt;/b&gt; Correct the source (row and column shown) then run the preview again; nothing has been written.</translation>
    </message>
  </context>
  <context>
    <name>PeopleWindow</name>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="57" />
      <source>déclaré</source>
      <translation>declared</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="58" />
      <source>proposé</source>
      <translation>proposed</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="59" />
      <source>retiré</source>
      <translation>withdrawn</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="79" />
      <source>{name} (désactivé)</source>
      <translation>{name} (deactivated)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="86" />
      <source> — retiré : {reason}</source>
      <translation> — withdrawn: {reason}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="90" />
      <source>déclaré le {day} par {who}</source>
      <translation>declared on {day} by {who}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="94" />
      <source> ; retiré le {day} par {who}</source>
      <translation>; withdrawn on {day} by {who}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="109" />
      <source>désactivé : {reason}</source>
      <translation>deactivated: {reason}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="135" />
      <source>&amp;Président</source>
      <translation>C&amp;hair</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="139" />
      <source>Secré&amp;tariat</source>
      <translation>&amp;Secretariat</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="176" />
      <source>Comité et rapporteurs — PTCE Desktop</source>
      <translation>Committee and rapporteurs — PTCE Desktop</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="210" />
      <source>Filtrer (nom, institution, courriel, rôle)…</source>
      <translation>Filter (name, institution, email, role)…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="214" />
      <source>Afficher les personnes &amp;désactivées</source>
      <translation>Show &amp;deactivated persons</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="231" />
      <source>Dés&amp;activer…</source>
      <translation>De&amp;activate…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="232" />
      <source>Réa&amp;ctiver</source>
      <translation>Reac&amp;tivate</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="258" />
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="263" />
      <source>Fiche</source>
      <translation>Record</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="270" />
      <source>région, ou code du département (44, 2A, 971…)</source>
      <translation>region, or department code (44, 2A, 971…)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="278" />
      <source>E&amp;xpert</source>
      <translation>E&amp;xpert</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="287" />
      <source>Enregistrer la fiche (Ctrl+S)</source>
      <translation>Save the record (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="290" />
      <source>No&amp;m :</source>
      <translation>Na&amp;me:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="291" />
      <source>&amp;Institution :</source>
      <translation>&amp;Institution:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="293" />
      <source>Ré&amp;gion :</source>
      <translation>Re&amp;gion:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="294" />
      <source>Rôles :</source>
      <translation>Roles:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="312" />
      <source>aucun : empreinte SHA-256, ou lue dans le fichier du certificat</source>
      <translation>none: SHA-256 fingerprint, or File…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="316" />
      <source>Empreinte SHA-256 du certificat de signature de la personne : elle sert à vérifier qui a signé le procès-verbal. Videz le champ pour la retirer.</source>
      <translation>SHA-256 fingerprint of the person's signing certificate: it is used to check who signed the minutes. Empty the field to remove it.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="320" />
      <source>Certi&amp;ficat :</source>
      <translation>Ce&amp;rtificate:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="322" />
      <source>Fic&amp;hier…</source>
      <translation>&amp;File…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="323" />
      <source>Lire l'empreinte d'un certificat (.pem, .crt, .cer, .der)</source>
      <translation>Read the fingerprint of a certificate (.pem, .crt, .cer, .der)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="333" />
      <source>Certificat de signature</source>
      <translation>Signing certificate</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="335" />
      <source>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</source>
      <translation>Certificates (*.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="345" />
      <source>Certificat de signature — {why}</source>
      <translation>Signing certificate — {why}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="351" />
      <source>Certificat lu : {file} ; enregistrez la fiche pour le garder.</source>
      <translation>Certificate read: {file}; save the record to keep it.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="373" />
      <source>Conflits d'intérêts</source>
      <translation>Conflicts of interest</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="394" />
      <source>Conflits suggérés (à confirmer, jamais appliqués seuls) :</source>
      <translation>Suggested conflicts (to confirm, never applied by themselves):</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="413" />
      <source>{active} personne(s) active(s) sur {total}</source>
      <translation>{active} active person(s) of {total}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="472" />
      <source>Conflits suggérés ({n}), à confirmer — jamais appliqués seuls :</source>
      <translation>Suggested conflicts ({n}), to confirm — never applied by themselves:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="482" />
      <source>Nouvelle personne</source>
      <translation>New person</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="514" />
      <source>Fiche enregistrée : {name}</source>
      <translation>Record saved: {name}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="524" />
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="529" />
      <source>Désactiver</source>
      <translation>Deactivate</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="525" />
      <source>Motif de la désactivation de {name} (obligatoire) :</source>
      <translation>Reason for deactivating {name} (required):</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="535" />
      <source>Réactiver</source>
      <translation>Reactivate</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="233" />
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="543" />
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="549" />
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="136" />
      <source>&amp;Secrétaire</source>
      <translation>Secretar&amp;y</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="137" />
      <source>Mem&amp;bre du comité</source>
      <translation>&amp;Committee member</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="138" />
      <source>&amp;Rapporteur</source>
      <translation>Ra&amp;pporteur</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="229" />
      <source>Nou&amp;velle personne</source>
      <translation>&amp;New person</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="230" />
      <source>Importer…</source>
      <translation>Import…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="285" />
      <source>E&amp;nregistrer</source>
      <translation>Sa&amp;ve</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="292" />
      <source>Co&amp;urriel :</source>
      <translation>&amp;Email:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="376" />
      <source>Déc&amp;larer un conflit…</source>
      <translation>Dec&amp;lare a conflict…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="379" />
      <source>R&amp;etirer…</source>
      <translation>&amp;Withdraw…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="382" />
      <source>C&amp;onfirmer la suggestion…</source>
      <translation>C&amp;onfirm the suggestion…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="544" />
      <source>Supprimer {name} ? (réservé à une fiche saisie par erreur)</source>
      <translation>Delete {name}? (only for a record entered by mistake)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="571" />
      <source>{summary} ; sauvegarde : {backup}</source>
      <translation>{summary}; backup: {backup}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="607" />
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="612" />
      <source>Retirer le conflit d'intérêts</source>
      <translation>Withdraw the conflict of interest</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="608" />
      <source>Motif du retrait ({numero}, obligatoire) :</source>
      <translation>Reason for the withdrawal ({numero}, required):</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="641" />
      <source>Déclarer un conflit d'intérêts</source>
      <translation>Declare a conflict of interest</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="654" />
      <source>Comité et rapporteurs</source>
      <translation>Committee and rapporteurs</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="655" />
      <source>Ouvrez d'abord un fichier d'appel.</source>
      <translation>Open a call file first.</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/preferences.py" line="28" />
      <source>Préférences</source>
      <translation>Preferences</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/preferences.py" line="35" />
      <source>Contraste élevé (texte blanc sur fond noir)</source>
      <translation>High contrast (white text on black)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/preferences.py" line="44" />
      <source>&amp;Langue :</source>
      <translation>&amp;Language:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/preferences.py" line="45" />
      <source>&amp;Thème :</source>
      <translation>&amp;Theme:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/preferences.py" line="46" />
      <source>Taille du te&amp;xte :</source>
      <translation>Te&amp;xt size:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/preferences.py" line="50" />
      <source>La langue change au prochain démarrage de l'application.</source>
      <translation>The language changes the next time the application starts.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/feature_actions.py" line="260" />
      <source>&amp;Préférences…</source>
      <translation>&amp;Preferences…</translation>
    </message>
  </context>
  <context>
    <name>PrepareDialog</name>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_dialogs.py" line="35" />
      <source>Préparer les dossiers d'un rapporteur</source>
      <translation>Prepare a rapporteur's applications</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_dialogs.py" line="40" />
      <source>Tous les rapporteurs ({n})</source>
      <translation>All rapporteurs ({n})</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_dialogs.py" line="43" />
      <source>{name} — {n} dossier(s)</source>
      <translation>{name} — {n} application(s)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_dialogs.py" line="47" />
      <source>A&amp;utre phrase</source>
      <translation>An&amp;other passphrase</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_dialogs.py" line="53" />
      <source>&amp;Choisir…</source>
      <translation>&amp;Choose…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_dialogs.py" line="59" />
      <source>&amp;Rapporteur :</source>
      <translation>&amp;Rapporteur:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_dialogs.py" line="61" />
      <source>Phrase de p&amp;asse :</source>
      <translation>P&amp;assphrase:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_dialogs.py" line="62" />
      <source>&amp;Dossier de sortie :</source>
      <translation>Output &amp;folder:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_dialogs.py" line="72" />
      <source>&amp;Préparer</source>
      <translation>&amp;Prepare</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_dialogs.py" line="88" />
      <source>Chaque rapporteur reçoit sa propre phrase de passe, affichée à la fin. </source>
      <translation>Each rapporteur receives their own passphrase, shown at the end. </translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_dialogs.py" line="93" />
      <source>Phrases de {words} mots tirés au hasard (≈ {bits} bits). Transmettez-la par un autre canal que le paquet (téléphone, SMS) et gardez-la : elle ouvre aussi les retours du rapporteur.</source>
      <translation>Passphrases of {words} words drawn at random (≈ {bits} bits). Send it through another channel than the package (telephone, text message) and keep it: it also opens the rapporteur's returns.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/package_dialogs.py" line="101" />
      <source>Dossier de sortie</source>
      <translation>Output folder</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/restore.py" line="26" />
      <source>N°</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/restore.py" line="27" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/restore.py" line="28" />
      <source>Raison</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/restore.py" line="29" />
      <source>Dossiers</source>
      <translation>Applications</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/restore.py" line="30" />
      <source>Évaluations</source>
      <translation>Reviews</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/restore.py" line="31" />
      <source>Décisions</source>
      <translation>Decisions</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/restore.py" line="38" />
      <source>illisible</source>
      <translation>unreadable</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/restore.py" line="50" />
      <source>Restaurer une sauvegarde</source>
      <translation>Restore a backup</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/restore.py" line="56" />
      <source>Sauvegardes de &lt;b&gt;{name}&lt;/b&gt;, la plus récente en premier. La sauvegarde choisie est copiée dans un &lt;b&gt;nouveau fichier&lt;/b&gt; ; l'original n'est pas touché.</source>
      <translation>Backups of &lt;b&gt;{name}&lt;/b&gt;, the most recent first. The chosen backup is copied into a &lt;b&gt;new file&lt;/b&gt;; the original is not touched.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/restore.py" line="83" />
      <source>Restaurer…</source>
      <translation>Restore…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/restore.py" line="84" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>ReviewDesk</name>
    <message>
      <location filename="../../ptce_desktop/gui/views/review_desk.py" line="50" />
      <source>&amp;Annuler</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/review_desk.py" line="53" />
      <source>&amp;Rétablir</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/review_desk.py" line="56" />
      <source>Éd&amp;ition</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/review_desk.py" line="74" />
      <source>Modification refusée</source>
      <translation>Change refused</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/review_desk.py" line="84" />
      <source>Annulation impossible</source>
      <translation>Cannot undo</translation>
    </message>
  </context>
  <context>
    <name>ReviewsTab</name>
    <message>
      <location filename="../../ptce_desktop/gui/views/reviews_tab.py" line="136" />
      <source>Évaluations des rapporteurs</source>
      <translation>Rapporteurs' reviews</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/reviews_tab.py" line="189" />
      <source>Éval&amp;uations</source>
      <translation>Rev&amp;iews</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/reviews_tab.py" line="190" />
      <source>Onglet Évaluations</source>
      <translation>Reviews tab</translation>
    </message>
  </context>
  <context>
    <name>ScenarioEditor</name>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="244" />
      <source>Scénario {n}</source>
      <translation>Scenario {n}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="247" />
      <source>Scénario {n} : part financée</source>
      <translation>Scenario {n}: share funded</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="250" />
      <source>Scénario {n} : rang de coupure</source>
      <translation>Scenario {n}: cut-off rank</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="251" />
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="253" />
      <source>numéros séparés par des virgules</source>
      <translation>numbers separated by commas</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="252" />
      <source>Scénario {n} : dossiers imposés</source>
      <translation>Scenario {n}: applications forced in</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="255" />
      <source>Scénario {n} : dossiers écartés</source>
      <translation>Scenario {n}: applications left out</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="257" />
      <source>Part financée :</source>
      <translation>Share funded:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="258" />
      <source>Seulement les N premiers :</source>
      <translation>Only the first N:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="259" />
      <source>Imposés :</source>
      <translation>Forced in:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="260" />
      <source>Écartés :</source>
      <translation>Left out:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="271" />
      <source>Scénario {n} : part de {name}</source>
      <translation>Scenario {n}: share of {name}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="276" />
      <source>{code} :</source>
      <translation>{code}:</translation>
    </message>
  </context>
  <context>
    <name>ScenarioPage</name>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="302" />
      <source>Séance</source>
      <translation>Session</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="304" />
      <source>Nombre de scénarios</source>
      <translation>Number of scenarios</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="308" />
      <source>Exporter en &amp;PDF…</source>
      <translation>Export to &amp;PDF…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="310" />
      <source>&amp;Appliquer le scénario…</source>
      <translation>&amp;Apply the scenario…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="306" />
      <source>Ca&amp;lculer</source>
      <translation>&amp;Compute</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="321" />
      <source>Séa&amp;nce :</source>
      <translation>Sessio&amp;n:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="322" />
      <source>Scénari&amp;os :</source>
      <translation>Scenari&amp;os:</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="371" />
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="401" />
      <source>Scénario {n}</source>
      <translation>Scenario {n}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="397" />
      <source>Scénarios</source>
      <translation>Scenarios</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="411" />
      <source>Dossiers financés</source>
      <translation>Applications funded</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="417" />
      <source>Montant total</source>
      <translation>Total amount</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="423" />
      <source>Reste de l'enveloppe</source>
      <translation>Envelope remaining</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="428" />
      <source>{funder} — ce scénario</source>
      <translation>{funder} — this scenario</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="430" />
      <source>{funder} — reste</source>
      <translation>{funder} — remaining</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="432" />
      <source>Entrent (par rapport au classement)</source>
      <translation>Come in (compared with the ranking)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="436" />
      <source>Sortent</source>
      <translation>Go out</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="440" />
      <source>Imposés hors enveloppe</source>
      <translation>Forced in beyond the envelope</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="458" />
      <source>Exporter les scénarios</source>
      <translation>Export the scenarios</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="470" />
      <source>Scénarios exportés : {path}</source>
      <translation>Scenarios exported: {path}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="475" />
      <source>Export des scénarios</source>
      <translation>Exporting the scenarios</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="502" />
      <source>Application du scénario</source>
      <translation>Applying the scenario</translation>
    </message>
  </context>
  <context>
    <name>ScoreCharts</name>
    <message>
      <location filename="../../ptce_desktop/gui/views/charts.py" line="55" />
      <source>Répartition des notes des évaluations soumises, par critère</source>
      <translation>Distribution of the scores of submitted reviews, by criterion</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/charts.py" line="72" />
      <source>Nombre d'évaluations</source>
      <translation>Number of reviews</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/charts.py" line="85" />
      <source>Notes pondérées des {n} dossiers classés</source>
      <translation>Weighted scores of the {n} ranked applications</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/charts.py" line="89" />
      <source> — seuil {score}</source>
      <translation> — threshold {score}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/charts.py" line="93" />
      <source>Dans l'enveloppe</source>
      <translation>Within the envelope</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/charts.py" line="94" />
      <source>Liste complémentaire</source>
      <translation>Reserve list</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/charts.py" line="95" />
      <source>Au-delà</source>
      <translation>Beyond</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/charts.py" line="117" />
      <source>Dossiers classés du 1er au {n}e</source>
      <translation>Ranked applications from 1st to {n}th</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/charts.py" line="119" />
      <source>Aucun dossier classé</source>
      <translation>No ranked application</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/charts.py" line="125" />
      <source>Note pondérée (sur 100)</source>
      <translation>Weighted score (out of 100)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/charts.py" line="132" />
      <source>Seuil de l'enveloppe ({score})</source>
      <translation>Envelope threshold ({score})</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/charts.py" line="155" />
      <source>dans l'enveloppe</source>
      <translation>within the envelope</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/charts.py" line="157" />
      <source>liste complémentaire</source>
      <translation>reserve list</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/charts.py" line="211" />
      <source>{reviews} évaluations soumises ; {ranked} dossiers classés</source>
      <translation>{reviews} submitted reviews; {ranked} ranked applications</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/charts.py" line="215" />
      <source>, {n} non classés</source>
      <translation>, {n} not ranked</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/charts.py" line="226" />
      <source>Statistiques des notes</source>
      <translation>Score statistics</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/charts.py" line="227" />
      <source>Ouvrez d'abord un fichier d'appel.</source>
      <translation>Open a call file first.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/feature_actions.py" line="134" />
      <source>S&amp;tatistiques des notes…</source>
      <translation>Score s&amp;tatistics…</translation>
    </message>
  </context>
  <context>
    <name>ScoreChartsWindow</name>
    <message>
      <location filename="../../ptce_desktop/gui/views/charts.py" line="193" />
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../ui/score_charts.ui" line="7" />
      <source>Statistiques des notes — PTCE Desktop</source>
      <translation>Score statistics — PTCE Desktop</translation>
    </message>
    <message>
      <location filename="../../ui/score_charts.ui" line="19" />
      <source>&amp;Répartition des notes par critère</source>
      <translation>Score &amp;distribution by criterion</translation>
    </message>
    <message>
      <location filename="../../ui/score_charts.ui" line="23" />
      <source>&amp;Notes pondérées et seuil de l'enveloppe</source>
      <translation>&amp;Weighted scores and envelope threshold</translation>
    </message>
  </context>
  <context>
    <name>ScoringDock</name>
    <message>
      <location filename="../../ptce_desktop/gui/views/scoring_dock.py" line="214" />
      <source>— à renseigner —</source>
      <translation>— to be filled in —</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/scoring_dock.py" line="251" />
      <source>Choisissez un dossier dans la liste.</source>
      <translation>Choose an application in the list.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/scoring_dock.py" line="259" />
      <source>vous : {actor}</source>
      <translation>you: {actor}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/scoring_dock.py" line="319" />
      <source>Évaluation soumise le {when} : elle est verrouillée. « Rouvrir » la repasse en brouillon (inscrit au journal).</source>
      <translation>Review submitted on {when}: it is locked. “Reopen” turns it back into a draft (written in the log).</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/scoring_dock.py" line="337" />
      <source>Total provisoire : &lt;b&gt;{total} / 100&lt;/b&gt; &lt;span style='color:#6b6b6b'&gt;({missing} critère(s) sans note)&lt;/span&gt;</source>
      <translation>Provisional total: &lt;b&gt;{total} / 100&lt;/b&gt; &lt;span style='color:#6b6b6b'&gt;({missing} criterion/criteria without a score)&lt;/span&gt;</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/scoring_dock.py" line="341" />
      <source>Total pondéré : &lt;b&gt;{total} / 100&lt;/b&gt;</source>
      <translation>Weighted total: &lt;b&gt;{total} / 100&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/scoring_dock.py" line="346" />
      <source>&lt;b&gt;Note éliminatoire&lt;/b&gt; : {criteria}</source>
      <translation>&lt;b&gt;Eliminatory score&lt;/b&gt;: {criteria}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/scoring_dock.py" line="370" />
      <source>Enregistré automatiquement</source>
      <translation>Saved automatically</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/scoring_dock.py" line="400" />
      <source>note « {criterion} » : {score}</source>
      <translation>score “{criterion}”: {score}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/scoring_dock.py" line="423" />
      <source>commentaire « {criterion} »</source>
      <translation>comment “{criterion}”</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/scoring_dock.py" line="441" />
      <source>avis : {opinion}</source>
      <translation>opinion: {opinion}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/scoring_dock.py" line="442" />
      <source>à renseigner</source>
      <translation>to be filled in</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/scoring_dock.py" line="467" />
      <source>appréciation générale</source>
      <translation>overall assessment</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/scoring_dock.py" line="497" />
      <source>Soumission impossible</source>
      <translation>Cannot submit</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/scoring_dock.py" line="507" />
      <source>Réouverture impossible</source>
      <translation>Cannot reopen</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/scoring_dock.py" line="523" />
      <source>&amp;Grille d'évaluation</source>
      <translation>Scoring &amp;grid</translation>
    </message>
    <message>
      <location filename="../../ui/scoring_dock.ui" line="6" />
      <source>Grille d'évaluation</source>
      <translation>Scoring grid</translation>
    </message>
    <message>
      <location filename="../../ui/scoring_dock.ui" line="61" />
      <source>A&amp;vis général :</source>
      <translation>Overall o&amp;pinion:</translation>
    </message>
    <message>
      <location filename="../../ui/scoring_dock.ui" line="78" />
      <source>Appréciation d'ensemble, points forts et réserves</source>
      <translation>Overall assessment, strengths and reservations</translation>
    </message>
    <message>
      <location filename="../../ui/scoring_dock.ui" line="70" />
      <source>Appré&amp;ciation :</source>
      <translation>Assess&amp;ment:</translation>
    </message>
    <message>
      <location filename="../../ui/scoring_dock.ui" line="97" />
      <source>R&amp;ouvrir</source>
      <translation>&amp;Reopen</translation>
    </message>
    <message>
      <location filename="../../ui/scoring_dock.ui" line="98" />
      <source>Repasser l'évaluation en brouillon pour la modifier (inscrit au journal)</source>
      <translation>Turn the review back into a draft to change it (written in the log)</translation>
    </message>
    <message>
      <location filename="../../ui/scoring_dock.ui" line="103" />
      <source>Soumettre (Ctrl+Entrée)</source>
      <translation>Submit (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../../ui/scoring_dock.ui" line="104" />
      <source>Verrouiller l'évaluation : toutes les notes sont requises</source>
      <translation>Lock the review: every score is required</translation>
    </message>
  </context>
  <context>
    <name>SessionPanels</name>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_panels.py" line="34" />
      <source>— non renseigné —</source>
      <translation>— not recorded —</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_panels.py" line="47" />
      <source>Aucun membre du comité enregistré&lt;/b&gt; : ajoutez les membres avant de prendre les présences.</source>
      <translation>No committee member on file&lt;/b&gt;: add the members before taking attendance.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_panels.py" line="55" />
      <source>quorum atteint</source>
      <translation>quorum reached</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_panels.py" line="59" />
      <source>quorum non atteint</source>
      <translation>quorum not reached</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_panels.py" line="61" />
      <source> (seconde convocation)</source>
      <translation> (second notice)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_panels.py" line="63" />
      <source>{present} présents + {represented} représentés = &lt;b&gt;{counted}&lt;/b&gt; / {members} (il en faut {required}) — {verdict}</source>
      <translation>{present} present + {represented} represented = &lt;b&gt;{counted}&lt;/b&gt; / {members} ({required} needed) — {verdict}</translation>
    </message>
  </context>
  <context>
    <name>SessionTables</name>
    <message>
      <location filename="../../ptce_desktop/gui/partials/session_tables.py" line="46" />
      <source>Plus grand écart entre rapporteurs sur un critère</source>
      <translation>Largest gap between rapporteurs on one criterion</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/session_tables.py" line="56" />
      <source>à délibérer</source>
      <translation>to deliberate</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/session_tables.py" line="130" />
      <source>dans l'enveloppe</source>
      <translation>within the envelope</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/session_tables.py" line="132" />
      <source>liste complémentaire</source>
      <translation>reserve list</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/session_tables.py" line="134" />
      <source>au-delà de l'enveloppe</source>
      <translation>beyond the envelope</translation>
    </message>
  </context>
  <context>
    <name>SessionWindow</name>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="136" />
      <source>Ajouter une note privée sur ce dossier (Entrée)</source>
      <translation>Add a private note on this application (Enter)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="150" />
      <source>Calibration des rapporteurs montrée au comité (annexe 3 du procès-verbal)</source>
      <translation>Rapporteur calibration shown to the committee (annex 3 of the minutes)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="187" />
      <source>Ordre du jour : Ctrl+Haut et Ctrl+Bas déplacent, Suppr retire</source>
      <translation>Agenda: Ctrl+Up and Ctrl+Down move, Delete removes</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="215" />
      <source>dépôt le plus ancien</source>
      <translation>earliest submission</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="218" />
      <source>meilleure note en « {label} »</source>
      <translation>best score in “{label}”</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="221" />
      <source>Moyenne pondérée des évaluations soumises. Départage à note égale : {rules}. Le trait rouge marque la limite de l'enveloppe ({envelope}) ; en jaune, la liste complémentaire ; en bas, les dossiers écartés (note éliminatoire ou évaluation manquante).</source>
      <translation>Weighted mean of the submitted reviews. Ties broken by: {rules}. The red line marks the limit of the envelope ({envelope}); in yellow, the reserve list; at the bottom, the applications set aside (eliminatory score or missing review).</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="225" />
      <source>, puis </source>
      <translation>, then </translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="340" />
      <source>Aucune séance : créez-en une.</source>
      <translation>No session: create one.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="382" />
      <source>PV signé : séance verrouillée</source>
      <translation>Minutes signed: session locked</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="422" />
      <source>Enregistré.</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="436" />
      <source>Ouverture de la séance</source>
      <translation>Opening the session</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="451" />
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="471" />
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="485" />
      <source>Clôture de la séance</source>
      <translation>Closing the session</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="453" />
      <source>{count} dossier(s) de l'ordre du jour sans décision : {numeros}.
La séance ne peut être close qu'une fois chaque dossier décidé.</source>
      <translation>{count} agenda item(s) without a decision: {numeros}.
The session can be closed only once every application is decided.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="460" />
      <source>Aller au {numero}</source>
      <translation>Go to {numero}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="473" />
      <source>Clore la séance « {title} » ? Les {count} décisions ne pourront plus être modifiées sans rouvrir la séance.</source>
      <translation>Close the session “{title}”? The {count} decisions can no longer be changed without reopening the session.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="479" />
      <source>&amp;Clore la séance</source>
      <translation>&amp;Close the session</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="491" />
      <source>Réouverture de la séance</source>
      <translation>Reopening the session</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="505" />
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="527" />
      <source>Refusé : {why}</source>
      <translation>Refused: {why}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="642" />
      <source>Aucun dossier à l'ordre du jour.</source>
      <translation>No application on the agenda.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="653" />
      <source>porteur : {lead} · sollicité : &lt;b&gt;{amount}&lt;/b&gt; · note : &lt;b&gt;{score}&lt;/b&gt;/100</source>
      <translation>lead: {lead} · requested: &lt;b&gt;{amount}&lt;/b&gt; · score: &lt;b&gt;{score}&lt;/b&gt;/100</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="659" />
      <source> (rang {rank})</source>
      <translation> (rank {rank})</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="661" />
      <source> · écart max {spread}</source>
      <translation> · max gap {spread}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="665" />
      <source> · &lt;b&gt;{voters}&lt;/b&gt; votants</source>
      <translation> · &lt;b&gt;{voters}&lt;/b&gt; voters</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="669" />
      <source>{name} quitte la salle — {reason}</source>
      <translation>{name} leaves the room — {reason}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="707" />
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="727" />
      <source>Déport</source>
      <translation>Recusal</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="762" />
      <source>Note privée</source>
      <translation>Private note</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="785" />
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="822" />
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="823" />
      <source>Convocation</source>
      <translation>Notice of meeting</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/session_window.py" line="826" />
      <source>Convocation écrite : {path}</source>
      <translation>Notice of meeting written: {path}</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="6" />
      <source>Séances du comité — PTCE Desktop</source>
      <translation>Committee sessions — PTCE Desktop</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="15" />
      <source>&amp;Séance :</source>
      <translation>&amp;Session:</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="35" />
      <source>&amp;Nouvelle séance…</source>
      <translation>&amp;New session…</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="38" />
      <source>Créer une séance (date, lieu, président, secrétaire)</source>
      <translation>Create a session (date, place, chair, secretary)</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="59" />
      <source>&amp;Ouvrir la séance</source>
      <translation>&amp;Open the session</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="62" />
      <source>Vérifie le quorum et ouvre la délibération</source>
      <translation>Checks the quorum and opens the deliberation</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="69" />
      <source>C&amp;lore la séance</source>
      <translation>C&amp;lose the session</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="72" />
      <source>Vérifie que chaque dossier a une décision</source>
      <translation>Checks that every application has a decision</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="79" />
      <source>&amp;Rouvrir</source>
      <translation>Reop&amp;en</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="109" />
      <source>Con&amp;vocation PDF…</source>
      <translation>Notice of meeting PD&amp;F…</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="112" />
      <source>Convocation des membres avec l'ordre du jour</source>
      <translation>Notice to the members with the agenda</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="119" />
      <source>Procès-ver&amp;bal…</source>
      <translation>&amp;Minutes…</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="122" />
      <source>Éditer, signer, vérifier et imprimer le procès-verbal de la séance</source>
      <translation>Produce, sign, verify and print the minutes of the session</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="135" />
      <source>Fenêtre du vidéoprojecteur (F5), en plein écran sur le second écran</source>
      <translation>Projector window (F5), full screen on the second screen</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="145" />
      <source>&amp;Délibération</source>
      <translation>&amp;Deliberation</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="158" />
      <source>Ordre du jour (Alt+Haut / Alt+Bas)</source>
      <translation>Agenda (Alt+Up / Alt+Down)</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="164" />
      <source>Ordre du jour de la séance</source>
      <translation>Agenda of the session</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="181" />
      <source>◀ Précédent</source>
      <translation>◀ Previous</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="188" />
      <source>Suivant ▶</source>
      <translation>Next ▶</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="201" />
      <source>Dossier examiné</source>
      <translation>Application under review</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="236" />
      <source>Déports (conflits d'intérêts) : ces membres quittent la salle pour ce dossier</source>
      <translation>Recusals (conflicts of interest): these members leave the room for this application</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="252" />
      <source>Nature de l'intérêt (administrateur d'un membre, lien familial…)</source>
      <translation>Nature of the interest (board member of a member, family tie…)</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="129" />
      <source>Projec&amp;tion</source>
      <translation>&amp;Projector</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="259" />
      <source>Décl&amp;arer le déport</source>
      <translation>Declare the rec&amp;usal</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="266" />
      <location filename="../../ui/session_window.ui" line="696" />
      <source>Retirer</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="276" />
      <source>Décision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="282" />
      <source>Issue :</source>
      <translation>Outcome:</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="310" />
      <source>rang </source>
      <translation>rank </translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="319" />
      <source>Rang sur la liste complémentaire</source>
      <translation>Rank on the reserve list</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="329" />
      <source>Montant accordé :</source>
      <translation>Amount granted:</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="349" />
      <source>Répartition :</source>
      <translation>Split:</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="361" />
      <source>Au prorata</source>
      <translation>Pro rata</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="364" />
      <source>Répartir au prorata des parts des financeurs</source>
      <translation>Split pro rata of the funders' shares</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="371" />
      <source>Votes :</source>
      <translation>Votes:</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="381" />
      <source>pour</source>
      <translation>for</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="394" />
      <source>contre</source>
      <translation>against</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="407" />
      <source>abstention</source>
      <translation>abstaining</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="437" />
      <source>En cas de partage des voix, la voix du président est prépondérante</source>
      <translation>In a tie, the chair has the casting vote</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="444" />
      <source>Motifs :</source>
      <translation>Reasons:</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="460" />
      <source>Obligatoires pour un refus ou un montant réduit</source>
      <translation>Required for a refusal or a reduced amount</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="467" />
      <source>Conditions :</source>
      <translation>Conditions:</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="483" />
      <source>Pour une sélection sous conditions</source>
      <translation>For a selection with conditions</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="490" />
      <source>Dépassement :</source>
      <translation>Overrun:</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="500" />
      <source>Justification écrite d'un dépassement de l'enveloppe (sinon la décision est refusée)</source>
      <translation>Written justification of an overrun of the envelope (otherwise the decision is refused)</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="520" />
      <source>&amp;Enregistrer la décision</source>
      <translation>&amp;Record the decision</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="530" />
      <source>Notes privées du secrétariat (jamais projetées)</source>
      <translation>Secretariat's private notes (never projected)</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="554" />
      <source>&amp;Présences</source>
      <translation>&amp;Attendance</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="560" />
      <source>Chaque membre est présent, représenté par un membre présent (un seul mandat par membre) ou excusé. Le quorum est la moitié des membres présents ou représentés.</source>
      <translation>Each member is present, represented by a present member (one proxy per member) or excused. The quorum is half of the members present or represented.</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="572" />
      <source>To&amp;us présents</source>
      <translation>All presen&amp;t</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="608" />
      <source>Sans quorum, la séance ne se tient que sur seconde convocation ; mention inscrite au procès-verbal :</source>
      <translation>Without a quorum, the session sits only on a second notice; statement written in the minutes:</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="621" />
      <source>Par exemple : seconde convocation du 2 décembre 2013, le comité délibère sans condition de quorum</source>
      <translation>For example: second notice of 2 December 2013, the committee deliberates with no quorum required</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="629" />
      <source>Ordre du &amp;jour</source>
      <translation>A&amp;genda</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="637" />
      <source>Dossiers classés non décidés</source>
      <translation>Ranked applications not decided</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="640" />
      <source>Inscrire les dossiers classés qui n'ont pas encore de décision</source>
      <translation>Put on the agenda the ranked applications with no decision yet</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="647" />
      <source>Inscrire le dossier choisi</source>
      <translation>Add the chosen application</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="650" />
      <source>Inscrire le dossier choisi dans l'onglet Classement</source>
      <translation>Add the application chosen in the Ranking tab</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="657" />
      <source>Trier par classement</source>
      <translation>Sort by ranking</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="664" />
      <source>Trier par région</source>
      <translation>Sort by region</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="682" />
      <source>Monter</source>
      <translation>Move up</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="689" />
      <source>Descendre</source>
      <translation>Move down</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="733" />
      <source>&amp;Classement</source>
      <translation>Ran&amp;king</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="751" />
      <source>Classement des dossiers</source>
      <translation>Ranking of the applications</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="767" />
      <source>&amp;Informations</source>
      <translation>Deta&amp;ils</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="773" />
      <source>Intitulé :</source>
      <translation>Title:</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="786" />
      <source>Date :</source>
      <translation>Date:</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="799" />
      <source>Heure :</source>
      <translation>Time:</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="809" />
      <source>14:00</source>
      <translation>14:00</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="816" />
      <source>Lieu :</source>
      <translation>Place:</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="829" />
      <source>Président(e) :</source>
      <translation>Chair:</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="842" />
      <source>Secrétaire :</source>
      <translation>Secretary:</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="855" />
      <source>Enregistrer</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../ui/session_window.ui" line="876" />
      <source>Enveloppe : accordé par financeur sur sa part</source>
      <translation>Envelope: granted per funder out of its share</translation>
    </message>
  </context>
  <context>
    <name>SignDialog</name>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/sign.py" line="28" />
      <source>Président(e) du comité</source>
      <translation>Chair of the committee</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/sign.py" line="29" />
      <source>Secrétaire de séance</source>
      <translation>Secretary of the session</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/sign.py" line="62" />
      <source>{field} — déjà signé</source>
      <translation>{field} — already signed</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/sign.py" line="69" />
      <source>Signature électronique (PAdES) du procès-verbal &lt;b&gt;{document}&lt;/b&gt; dans le cadre choisi. Le PDF signé est enregistré dans le fichier d'appel ; la signature du président verrouille la séance.</source>
      <translation>Electronic signature (PAdES) of the minutes &lt;b&gt;{document}&lt;/b&gt; in the chosen box. The signed PDF is recorded in the call file; the chair's signature locks the session.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/sign.py" line="76" />
      <source>Signer</source>
      <translation>Sign</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/sign.py" line="83" />
      <source>Identité du signataire</source>
      <translation>Signer's identity</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/sign.py" line="84" />
      <source>Identités PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</source>
      <translation>PKCS#12 identities (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/dialogs/sign.py" line="93" />
      <source>Choisissez le fichier .p12 du signataire.</source>
      <translation>Choose the signer's .p12 file.</translation>
    </message>
    <message>
      <location filename="../../ui/sign_dialog.ui" line="6" />
      <source>Signer le procès-verbal</source>
      <translation>Sign the minutes</translation>
    </message>
    <message>
      <location filename="../../ui/sign_dialog.ui" line="16" />
      <source>&amp;Cadre :</source>
      <translation>Bo&amp;x:</translation>
    </message>
    <message>
      <location filename="../../ui/sign_dialog.ui" line="18" />
      <source>&amp;Identité (.p12) :</source>
      <translation>&amp;Identity (.p12):</translation>
    </message>
    <message>
      <location filename="../../ui/sign_dialog.ui" line="21" />
      <source>fichier PKCS#12 du signataire</source>
      <translation>the signer's PKCS#12 file</translation>
    </message>
    <message>
      <location filename="../../ui/sign_dialog.ui" line="22" />
      <source>&amp;Parcourir…</source>
      <translation>&amp;Browse…</translation>
    </message>
    <message>
      <location filename="../../ui/sign_dialog.ui" line="25" />
      <source>Phrase de p&amp;asse :</source>
      <translation>P&amp;assphrase:</translation>
    </message>
    <message>
      <location filename="../../ui/sign_dialog.ui" line="27" />
      <source>&amp;Nom affiché :</source>
      <translation>Displayed &amp;name:</translation>
    </message>
    <message>
      <location filename="../../ui/sign_dialog.ui" line="28" />
      <source>celui du certificat</source>
      <translation>the certificate's</translation>
    </message>
  </context>
  <context>
    <name>SummaryTab</name>
    <message>
      <location filename="../../ptce_desktop/gui/views/summary_tab.py" line="72" />
      <source>Porteur</source>
      <translation>Lead structure</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/summary_tab.py" line="76" />
      <source>Structure porteuse</source>
      <translation>Lead structure</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/summary_tab.py" line="77" />
      <source>Forme juridique</source>
      <translation>Legal form</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/summary_tab.py" line="87" />
      <source>Dépôt</source>
      <translation>Submitted</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/summary_tab.py" line="93" />
      <source>Territoire et activités</source>
      <translation>Territory and activities</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/summary_tab.py" line="97" />
      <source>Région</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/summary_tab.py" line="98" />
      <source>Département</source>
      <translation>Département</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/summary_tab.py" line="99" />
      <source>Communes</source>
      <translation>Communes</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/summary_tab.py" line="101" />
      <source>Secteurs</source>
      <translation>Sectors</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/summary_tab.py" line="107" />
      <source>Projet</source>
      <translation>Project</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/summary_tab.py" line="109" />
      <source>Mutualisation</source>
      <translation>Pooling</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/summary_tab.py" line="111" />
      <source>Emplois</source>
      <translation>Jobs</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/summary_tab.py" line="115" />
      <source>Emplois existants</source>
      <translation>Existing jobs</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/summary_tab.py" line="116" />
      <source>Emplois à créer</source>
      <translation>Jobs to create</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/summary_tab.py" line="117" />
      <source>Dont en insertion</source>
      <translation>Of which in integration schemes</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/summary_tab.py" line="122" />
      <source>Membres ({n})</source>
      <translation>Members ({n})</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/summary_tab.py" line="135" />
      <source>Aucun membre déclaré.</source>
      <translation>No member declared.</translation>
    </message>
    <message>
      <location filename="../../ui/summary_tab.ui" line="12" />
      <source>Résumé du dossier</source>
      <translation>Summary of the application</translation>
    </message>
  </context>
  <context>
    <name>Tasks</name>
    <message>
      <location filename="../../ptce_desktop/gui/tasks.py" line="117" />
      <source>fichier d'appel</source>
      <translation>call file</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/tasks.py" line="143" />
      <source>Erreur inattendue ({kind}) : {error}</source>
      <translation>Unexpected error ({kind}): {error}</translation>
    </message>
  </context>
  <context>
    <name>UiLoader</name>
    <message>
      <location filename="../../ptce_desktop/gui/uiloader.py" line="79" />
      <source>formulaire introuvable : {path}</source>
      <translation>form not found: {path}</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/uiloader.py" line="90" />
      <source>formulaire illisible : {path} ({why})</source>
      <translation>unreadable form: {path} ({why})</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/uiloader.py" line="119" />
      <source>élément « {name} » ({kind}) absent du formulaire</source>
      <translation>element “{name}” ({kind}) missing from the form</translation>
    </message>
  </context>
  <context>
    <name>columns</name>
    <message>
      <location filename="../../ptce_desktop/gui/partials/session_tables.py" line="32" />
      <source>N°</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/session_tables.py" line="33" />
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="55" />
      <source>Pôle</source>
      <translation>Pole</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/session_tables.py" line="34" />
      <source>Rang</source>
      <translation>Rank</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/session_tables.py" line="35" />
      <source>Note</source>
      <translation>Score</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/session_tables.py" line="36" />
      <source>Décision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/session_tables.py" line="37" />
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="66" />
      <source>Région</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/session_tables.py" line="38" />
      <source>Montant sollicité</source>
      <translation>Amount requested</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/session_tables.py" line="39" />
      <source>Déports</source>
      <translation>Recusals</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/session_tables.py" line="40" />
      <source>Note /100</source>
      <translation>Score /100</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/session_tables.py" line="41" />
      <source>Écart max</source>
      <translation>Max gap</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/session_tables.py" line="42" />
      <location filename="../../ptce_desktop/gui/views/budget_tab.py" line="56" />
      <source>Montant</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/session_tables.py" line="43" />
      <source>Cumul</source>
      <translation>Cumulated</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/session_tables.py" line="44" />
      <source>Statut</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/dossier_table.py" line="94" />
      <source>Demandé</source>
      <translation>Requested</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/dossier_table.py" line="95" />
      <source>Éligibilité</source>
      <translation>Eligibility</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/partials/dossier_table.py" line="96" />
      <source>Éval.</source>
      <translation>Rev.</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="63" />
      <source>Nom</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="64" />
      <source>Institution</source>
      <translation>Institution</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="65" />
      <source>Courriel</source>
      <translation>Email</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="67" />
      <source>Rôles</source>
      <translation>Roles</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/annotations_dock.py" line="47" />
      <source>Sur</source>
      <translation>On</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/annotations_dock.py" line="48" />
      <source>Par</source>
      <translation>By</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/annotations_dock.py" line="49" />
      <source>Annotation</source>
      <translation>Annotation</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/annotations_dock.py" line="50" />
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="54" />
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="66" />
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="68" />
      <source>Dossier</source>
      <translation>Application</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="69" />
      <source>État</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/eligibility_tab.py" line="69" />
      <source>Règle</source>
      <translation>Rule</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/eligibility_tab.py" line="70" />
      <source>Contrôle</source>
      <translation>Check</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/eligibility_tab.py" line="71" />
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="70" />
      <source>Motif</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/eligibility_tab.py" line="72" />
      <source>Dérogation</source>
      <translation>Override</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/eligibility_tab.py" line="73" />
      <source>Retenu</source>
      <translation>Applied</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/people_window.py" line="71" />
      <source>Pourquoi</source>
      <translation>Why</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="69" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="70" />
      <source>Numéro</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="71" />
      <source>Nom du pôle</source>
      <translation>Name of the pole</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="72" />
      <source>Ligne</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="73" />
      <source>Modifications</source>
      <translation>Changes</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="74" />
      <source>Gravité</source>
      <translation>Severity</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="75" />
      <source>Feuille ou fichier</source>
      <translation>Sheet or file</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="76" />
      <source>Colonne</source>
      <translation>Column</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="77" />
      <source>Valeur</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/import_dialog.py" line="78" />
      <source>Problème</source>
      <translation>Problem</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/assignment_window.py" line="56" />
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="62" />
      <source>Rapporteur</source>
      <translation>Rapporteur</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/attachments_tab.py" line="63" />
      <source>Fichier</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/attachments_tab.py" line="64" />
      <location filename="../../ptce_desktop/gui/views/budget_tab.py" line="55" />
      <source>Nature</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/attachments_tab.py" line="65" />
      <source>Taille</source>
      <translation>Size</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/attachments_tab.py" line="66" />
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/budget_tab.py" line="54" />
      <source>Poste</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/budget_tab.py" line="57" />
      <source>Part du coût total</source>
      <translation>Share of total cost</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="63" />
      <source>Évaluations</source>
      <translation>Reviews</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="64" />
      <source>Décalage (sur 100)</source>
      <translation>Offset (/100)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="65" />
      <source>Incertitude</source>
      <translation>Uncertainty</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="67" />
      <source>Rang brut</source>
      <translation>Raw rank</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="68" />
      <source>Moyenne brute</source>
      <translation>Raw mean</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="69" />
      <source>Moyenne ajustée</source>
      <translation>Adjusted mean</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="70" />
      <source>Rang ajusté</source>
      <translation>Adjusted rank</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/decision_support_window.py" line="71" />
      <source>Déplacement</source>
      <translation>Move</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="107" />
      <source>retenu</source>
      <translation>selected</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="108" />
      <source>retenu sous conditions</source>
      <translation>selected with conditions</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="109" />
      <source>liste complémentaire</source>
      <translation>reserve list</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="110" />
      <source>ajourné</source>
      <translation>deferred</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="111" />
      <source>non retenu</source>
      <translation>not selected</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="112" />
      <source>présent</source>
      <translation>present</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="113" />
      <source>représenté</source>
      <translation>represented</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="114" />
      <source>excusé</source>
      <translation>excused</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="115" />
      <source>favorable</source>
      <translation>favourable</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="116" />
      <source>réservé</source>
      <translation>reserved</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="117" />
      <source>défavorable</source>
      <translation>unfavourable</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="118" />
      <source>préparée</source>
      <translation>planned</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="119" />
      <source>ouverte</source>
      <translation>open</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="120" />
      <source>close</source>
      <translation>closed</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="121" />
      <source>PV signé</source>
      <translation>minutes signed</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="123" />
      <source>président</source>
      <translation>chair</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="124" />
      <source>secrétaire</source>
      <translation>secretary</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="125" />
      <source>membre du comité</source>
      <translation>committee member</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="126" />
      <source>rapporteur</source>
      <translation>rapporteur</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="127" />
      <source>secrétariat</source>
      <translation>secretariat</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="128" />
      <source>expert</source>
      <translation>expert</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="130" />
      <source>entreprise ESS</source>
      <translation>social economy enterprise</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="131" />
      <source>entreprise commerciale</source>
      <translation>commercial company</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="132" />
      <source>collectivité territoriale</source>
      <translation>local authority</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="133" />
      <source>centre de recherche</source>
      <translation>research centre</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="134" />
      <source>établissement d'enseignement supérieur</source>
      <translation>higher education institution</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="135" />
      <source>organisme de formation</source>
      <translation>training body</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="136" />
      <source>autre</source>
      <translation>other</translation>
    </message>
  </context>
  <context>
    <name>menus</name>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="144" />
      <source>App&amp;el</source>
      <translation>&amp;Call</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="145" />
      <source>Restaurer une &amp;sauvegarde…</source>
      <translation>Re&amp;store a backup…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="146" />
      <source>Export &amp;Démarche Numérique…</source>
      <translation>&amp;Démarche Numérique export…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="147" />
      <source>Importer l'export d'une démarche avec un assistant de correspondance</source>
      <translation>Import a procedure's export with a mapping assistant</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="150" />
      <source>&amp;Paramètres de l'appel…</source>
      <translation>Call &amp;settings…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="151" />
      <source>Enveloppe, financeurs, grille d'évaluation, règles d'éligibilité</source>
      <translation>Envelope, funders, scoring grid, eligibility rules</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="152" />
      <source>&amp;Comité et rapporteurs…</source>
      <translation>&amp;Committee and rapporteurs…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="153" />
      <source>Déclarer un conflit d'intérêts…</source>
      <translation>Declare a conflict of interest…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="154" />
      <source>Ca&amp;libration des rapporteurs…</source>
      <translation>&amp;Rapporteur calibration…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="159" />
      <source>Évaluations reç&amp;ues en attente…</source>
      <translation>Received re&amp;views awaiting…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="155" />
      <source>Scénarios d'&amp;enveloppe…</source>
      <translation>&amp;Envelope scenarios…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="156" />
      <source>Préparer les dossiers d'un &amp;rapporteur…</source>
      <translation>Prepare a &amp;rapporteur's applications…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="157" />
      <source>Retour d'un &amp;rapporteur…</source>
      <translation>&amp;Rapporteur's return…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="158" />
      <source>Ren&amp;voyer au secrétariat…</source>
      <translation>Send &amp;back to the secretariat…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="160" />
      <source>&amp;Attribution des dossiers…</source>
      <translation>&amp;Assign rapporteurs…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="161" />
      <source>E&amp;xporter la grille d'un rapporteur…</source>
      <translation>E&amp;xport a rapporteur's grid…</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/i18n.py" line="162" />
      <source>&amp;Importer une grille remplie…</source>
      <translation>&amp;Import a filled-in grid…</translation>
    </message>
  </context>
  <context>
    <name>rules</name>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="74" />
      <source>Au moins une entreprise de l'ESS parmi les membres</source>
      <translation>At least one social economy (ESS) enterprise among the members</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="75" />
      <source>Au moins une entreprise hors ESS (commerciale) parmi les membres</source>
      <translation>At least one non-ESS (commercial) enterprise among the members</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="76" />
      <source>Un nombre minimal de membres (personnes morales)</source>
      <translation>A minimum number of members (legal entities)</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="77" />
      <source>Cofinancement des collectivités, plafonné par collectivité et au total</source>
      <translation>Local authority co-funding, capped per authority and in total</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="80" />
      <source>Montant demandé entre grant_min et grant_max</source>
      <translation>Amount requested between grant_min and grant_max</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="81" />
      <source>SIRET du porteur valide</source>
      <translation>Valid SIRET of the lead structure</translation>
    </message>
    <message>
      <location filename="../../ptce_desktop/gui/views/call_settings_dialog.py" line="82" />
      <source>Pièces obligatoires jointes au dossier</source>
      <translation>Required documents attached to the application</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <source>  conservé : {item}</source>
      <translation>  kept: {item}</translation>
    </message>
    <message>
      <source>  en attente : {item}</source>
      <translation>  waiting: {item}</translation>
    </message>
    <message>
      <source>  en double : {item}</source>
      <translation>  doubled: {item}</translation>
    </message>
    <message>
      <source>  refusé : {item}</source>
      <translation>  refused: {item}</translation>
    </message>
    <message>
      <source>  sans vérification : {item}</source>
      <translation>  unverified: {item}</translation>
    </message>
    <message>
      <source>  supprimé : {item}</source>
      <translation>  deleted: {item}</translation>
    </message>
    <message>
      <source> ; incomplètes, non soumises : {numeros}</source>
      <translation>; incomplete, not submitted: {numeros}</translation>
    </message>
    <message>
      <source>, {n} inchangé(s)</source>
      <translation>, {n} unchanged</translation>
    </message>
    <message>
      <source>, {n} modifié(s) des deux côtés (les deux versions gardées)</source>
      <translation>, {n} changed on both sides (both versions kept)</translation>
    </message>
    <message>
      <source>, {n} refusé(s)</source>
      <translation>, {n} refused</translation>
    </message>
    <message>
      <source>, {n} soumise(s)</source>
      <translation>, {n} submitted</translation>
    </message>
    <message>
      <source>--keep : ours ou theirs</source>
      <translation>--keep: ours or theirs</translation>
    </message>
    <message>
      <source>1 à 4 scénarios côte à côte : {scenarios_count} donnés</source>
      <translation>1 to 4 scenarios side by side: {scenarios_count} given</translation>
    </message>
    <message>
      <source>Autre</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>Budget</translation>
    </message>
    <message>
      <source>Centre de recherche</source>
      <translation>Research centre</translation>
    </message>
    <message>
      <source>Cette évaluation n'est pas soumise : rien à rouvrir.</source>
      <translation>This review is not submitted: nothing to reopen.</translation>
    </message>
    <message>
      <source>Cofinancements acquis</source>
      <translation>Secured co-fundings</translation>
    </message>
    <message>
      <source>Cofinancements sollicités</source>
      <translation>Requested co-fundings</translation>
    </message>
    <message>
      <source>Cofinanceurs</source>
      <translation>Co-funders</translation>
    </message>
    <message>
      <source>Collectivité territoriale</source>
      <translation>Local authority</translation>
    </message>
    <message>
      <source>Coût total du projet</source>
      <translation>Total project cost</translation>
    </message>
    <message>
      <source>Département</source>
      <translation>Département</translation>
    </message>
    <message>
      <source>Emplois</source>
      <translation>Jobs</translation>
    </message>
    <message>
      <source>Emplois créés</source>
      <translation>Jobs created</translation>
    </message>
    <message>
      <source>Emplois en insertion</source>
      <translation>Integration jobs</translation>
    </message>
    <message>
      <source>Emplois existants</source>
      <translation>Existing jobs</translation>
    </message>
    <message>
      <source>Entreprise ESS</source>
      <translation>SSE enterprise</translation>
    </message>
    <message>
      <source>Entreprise commerciale</source>
      <translation>Commercial company</translation>
    </message>
    <message>
      <source>Forme juridique</source>
      <translation>Legal form</translation>
    </message>
    <message>
      <source>ID « {ref} » en double (déjà ligne {seen})</source>
      <translation>ID “{ref}” repeated (already line {seen})</translation>
    </message>
    <message>
      <source>INSERT sans identifiant de ligne</source>
      <translation>INSERT without a row id</translation>
    </message>
    <message>
      <source>Identification</source>
      <translation>Identification</translation>
    </message>
    <message>
      <source>L'annotation est vide : supprimez-la plutôt.</source>
      <translation>The annotation is empty: delete it instead.</translation>
    </message>
    <message>
      <source>L'annotation est vide : écrivez d'abord son texte.</source>
      <translation>The annotation is empty: write its text first.</translation>
    </message>
    <message>
      <source>Les notes de l'ensemble des dossiers sont réservées au comité et au secrétariat (Fichier &gt; Changer d'identité).</source>
      <translation>The scores of all applications are reserved for the committee and the secretariat (File &gt; Change identity).</translation>
    </message>
    <message>
      <source>Les notes des autres rapporteurs s'afficheront quand vous aurez soumis la vôtre.</source>
      <translation>The other rapporteurs' scores will show once you have submitted yours.</translation>
    </message>
    <message>
      <source>Membres</source>
      <translation>Members</translation>
    </message>
    <message>
      <source>Membres (total)</source>
      <translation>Members (total)</translation>
    </message>
    <message>
      <source>Montant demandé</source>
      <translation>Amount requested</translation>
    </message>
    <message>
      <source>Mutualisation</source>
      <translation>Pooling</translation>
    </message>
    <message>
      <source>Note pondérée (sur 100)</source>
      <translation>Weighted score (out of 100)</translation>
    </message>
    <message>
      <source>Organisme de formation</source>
      <translation>Training body</translation>
    </message>
    <message>
      <source>PDF illisible : {exc}</source>
      <translation>Unreadable PDF: {exc}</translation>
    </message>
    <message>
      <source>Part du coût demandée</source>
      <translation>Share of the cost requested</translation>
    </message>
    <message>
      <source>Précisez l'évaluation à rouvrir (celle de quel rapporteur ?).</source>
      <translation>Say which review to reopen (whose review?).</translation>
    </message>
    <message>
      <source>Pôle</source>
      <translation>Pole</translation>
    </message>
    <message>
      <source>Rang</source>
      <translation>Rank</translation>
    </message>
    <message>
      <source>Région</source>
      <translation>Region</translation>
    </message>
    <message>
      <source>SIRET</source>
      <translation>SIRET</translation>
    </message>
    <message>
      <source>SIRET absent</source>
      <translation>SIRET missing</translation>
    </message>
    <message>
      <source>SIRET valide</source>
      <translation>valid SIRET</translation>
    </message>
    <message>
      <source>SIRET « {value} » : 14 chiffres attendus</source>
      <translation>SIRET “{value}”: 14 digits expected</translation>
    </message>
    <message>
      <source>SIRET « {value} » : clé de contrôle invalide</source>
      <translation>SIRET “{value}”: invalid check digit</translation>
    </message>
    <message>
      <source>Secteurs</source>
      <translation>Sectors</translation>
    </message>
    <message>
      <source>Seul l'auteur d'une annotation peut la modifier ou la supprimer.</source>
      <translation>Only the author of an annotation can change or delete it.</translation>
    </message>
    <message>
      <source>Seul l'auteur d'une annotation peut la rétablir.</source>
      <translation>Only the author of an annotation can restore it.</translation>
    </message>
    <message>
      <source>Seuls l'auteur de l'évaluation et le secrétariat peuvent la rouvrir.</source>
      <translation>Only the author of the review and the secretariat can reopen it.</translation>
    </message>
    <message>
      <source>Structure porteuse</source>
      <translation>Lead structure</translation>
    </message>
    <message>
      <source>Vous avez déclaré un conflit d'intérêts sur ce dossier : vous ne pouvez pas l'annoter.</source>
      <translation>You declared a conflict of interest on this dossier: you cannot annotate it.</translation>
    </message>
    <message>
      <source>Vous avez déclaré un conflit d'intérêts sur ce dossier : vous ne pouvez pas l'évaluer ni voir sa grille.</source>
      <translation>You declared a conflict of interest on this application: you can neither review it nor see its grid.</translation>
    </message>
    <message>
      <source>Vous avez déclaré un conflit d'intérêts sur ce dossier.</source>
      <translation>You declared a conflict of interest on this application.</translation>
    </message>
    <message>
      <source>Vous n'êtes pas rapporteur de ce dossier : vous ne pouvez pas l'évaluer.</source>
      <translation>You are not a rapporteur of this application: you cannot review it.</translation>
    </message>
    <message>
      <source>Vous êtes connecté en tant que « {name} » : choisissez votre nom (Fichier &gt; Changer d'identité) pour annoter.</source>
      <translation>You are signed in as “{name}”: choose your name (File &gt; Change identity) to annotate.</translation>
    </message>
    <message>
      <source>Vous êtes connecté en tant que « {name} » : seuls les rapporteurs désignés remplissent une grille (Fichier &gt; Changer d'identité).</source>
      <translation>You are signed in as “{name}”: only the appointed rapporteurs fill in a grid (File &gt; Change identity).</translation>
    </message>
    <message>
      <source>[attachments] question « {question} » absente de l'export</source>
      <translation>[attachments] question “{question}” missing from the export</translation>
    </message>
    <message>
      <source>[fields] {name} ({label}) : aucune colonne choisie</source>
      <translation>[fields] {name} ({label}): no column chosen</translation>
    </message>
    <message>
      <source>[fields] {name} : colonne « {key} » absente de l'export</source>
      <translation>[fields] {name}: column “{key}” missing from the export</translation>
    </message>
    <message>
      <source>[{section}] feuille « {sheet} » absente de l'export (aucune ligne) : aucun élément</source>
      <translation>[{section}] sheet “{sheet}” missing from the export (no rows): no item</translation>
    </message>
    <message>
      <source>[{section}] {name} : aucune colonne</source>
      <translation>[{section}] {name}: no column</translation>
    </message>
    <message>
      <source>[{section}] {name} : colonne « {header} » absente de la feuille « {sheet} »</source>
      <translation>[{section}] {name}: column “{header}” missing from sheet “{sheet}”</translation>
    </message>
    <message>
      <source>acquis</source>
      <translation>secured</translation>
    </message>
    <message>
      <source>adresse {email} déjà celle de {name} (id {id}) dans le fichier d'appel</source>
      <translation>address {email} already that of {name} (id {id}) in the call file</translation>
    </message>
    <message>
      <source>adresse « {email} » en double (ligne {first})</source>
      <translation>address “{email}” repeated (line {first})</translation>
    </message>
    <message>
      <source>ancien format Excel (.xls) : enregistrez le classeur en .xlsx</source>
      <translation>old Excel format (.xls): save the workbook as .xlsx</translation>
    </message>
    <message>
      <source>annotation sur {dossier}</source>
      <translation>note on {dossier}</translation>
    </message>
    <message>
      <source>annotation {note_id} introuvable</source>
      <translation>annotation {note_id} not found</translation>
    </message>
    <message>
      <source>archive illisible ({exc})</source>
      <translation>unreadable archive ({exc})</translation>
    </message>
    <message>
      <source>archive illisible : {exc}</source>
      <translation>unreadable archive: {exc}</translation>
    </message>
    <message>
      <source>au moins 1 membre</source>
      <translation>at least 1 member</translation>
    </message>
    <message>
      <source>au moins un financeur est requis</source>
      <translation>at least one funder is required</translation>
    </message>
    <message>
      <source>au moins une entreprise ESS</source>
      <translation>at least one SSE enterprise</translation>
    </message>
    <message>
      <source>au moins une entreprise commerciale</source>
      <translation>at least one commercial enterprise</translation>
    </message>
    <message>
      <source>au-delà de la limite de {max_bytes}</source>
      <translation>over the limit of {max_bytes}</translation>
    </message>
    <message>
      <source>aucun cofinancement d'une collectivité</source>
      <translation>no co-funding from a local authority</translation>
    </message>
    <message>
      <source>aucun cofinancement d'une collectivité (requis)</source>
      <translation>no co-funding from a local authority (required)</translation>
    </message>
    <message>
      <source>aucun conflit d'intérêts déclaré de {name} sur {numero}</source>
      <translation>no conflict of interest declared by {name} on {numero}</translation>
    </message>
    <message>
      <source>aucun dossier sous l'en-tête</source>
      <translation>no dossier under the header</translation>
    </message>
    <message>
      <source>aucun procès-verbal {document_id} à jour n'a été édité depuis ce fichier d'appel : éditez-le, faites-le signer, puis enregistrez-le</source>
      <translation>no up-to-date minutes {document_id} were produced from this call file: produce them, have them signed, then save them</translation>
    </message>
    <message>
      <source>aucun résultat de la règle {rule} pour le dossier {dossier_id}</source>
      <translation>no result of rule {rule} for dossier {dossier_id}</translation>
    </message>
    <message>
      <source>aucun rôle reconnu</source>
      <translation>no role recognised</translation>
    </message>
    <message>
      <source>aucune entreprise commerciale</source>
      <translation>no commercial enterprise</translation>
    </message>
    <message>
      <source>aucune entreprise de l'ESS parmi les membres</source>
      <translation>no SSE enterprise among the members</translation>
    </message>
    <message>
      <source>aucune personne active n'a le rôle « {label} » dans l'appel</source>
      <translation>no active person has the role “{label}” in the call</translation>
    </message>
    <message>
      <source>aucune personne sous l'en-tête</source>
      <translation>no person under the header</translation>
    </message>
    <message>
      <source>aucune évaluation en attente pour le dossier {numero} et {name}</source>
      <translation>no pending review for dossier {numero} and {name}</translation>
    </message>
    <message>
      <source>aucune évaluation soumise à calibrer</source>
      <translation>no submitted review to calibrate</translation>
    </message>
    <message>
      <source>avis sans expert : ignoré</source>
      <translation>opinion without an expert: ignored</translation>
    </message>
    <message>
      <source>catégorie de membre absente</source>
      <translation>member category missing</translation>
    </message>
    <message>
      <source>catégorie « {raw} » sans traduction : ajoutez-la à [values.category] de la correspondance</source>
      <translation>category “{raw}” without a translation: add it to [values.category] of the mapping</translation>
    </message>
    <message>
      <source>catégorie « {value} » inconnue (attendu : {expected})</source>
      <translation>unknown category “{value}” (expected: {expected})</translation>
    </message>
    <message>
      <source>ce PDF n'a pas de cadre de signature « {field} » (cadres présents : {known})</source>
      <translation>this PDF has no signature field “{field}” (fields present: {known})</translation>
    </message>
    <message>
      <source>ce PDF n'est pas issu d'un procès-verbal {doc_id} édité depuis ce fichier d'appel</source>
      <translation>this PDF does not come from minutes {doc_id} produced from this call file</translation>
    </message>
    <message>
      <source>ce PDF n'est pas le procès-verbal {doc_id} de la séance {session_id} ({found})</source>
      <translation>this PDF is not minutes {doc_id} of session {session_id} ({found})</translation>
    </message>
    <message>
      <source>ce PDF n'est pas un procès-verbal édité par PTCE Desktop</source>
      <translation>this PDF is not minutes produced by PTCE Desktop</translation>
    </message>
    <message>
      <source>ce dossier n'est pas inscrit à l'ordre du jour de la séance</source>
      <translation>this dossier is not on the session's agenda</translation>
    </message>
    <message>
      <source>ce fichier .p12 ne contient pas de clé privée avec son certificat</source>
      <translation>this .p12 file holds no private key with its certificate</translation>
    </message>
    <message>
      <source>ce fichier est un classeur ou une archive, pas un fichier CSV</source>
      <translation>this file is a workbook or an archive, not a CSV file</translation>
    </message>
    <message>
      <source>ce fichier n'est pas un PDF (pas d'en-tête %PDF)</source>
      <translation>this file is not a PDF (no %PDF header)</translation>
    </message>
    <message>
      <source>ce fichier n'est pas un PDF lisible ({exc})</source>
      <translation>this file is not a readable PDF ({exc})</translation>
    </message>
    <message>
      <source>ce n'est pas un fichier PDF</source>
      <translation>this is not a PDF file</translation>
    </message>
    <message>
      <source>cellule trop longue</source>
      <translation>cell too long</translation>
    </message>
    <message>
      <source>certificat d'autorité illisible (PEM ou DER attendu) : {exc}</source>
      <translation>unreadable authority certificate (PEM or DER expected): {exc}</translation>
    </message>
    <message>
      <source>certificat de signature : « {text} » n'est pas une empreinte SHA-256 (64 chiffres hexadécimaux attendus)</source>
      <translation>signing certificate: “{text}” is not a SHA-256 fingerprint (64 hexadecimal digits expected)</translation>
    </message>
    <message>
      <source>cette personne a déclaré un conflit d'intérêts sur ce dossier</source>
      <translation>this person declared a conflict of interest on this dossier</translation>
    </message>
    <message>
      <source>cette séance a déjà un avenant (séance {later}) : modifiez celui-ci ou amendez-le à son tour une fois signé</source>
      <translation>this session already has an amendment (session {later}): change that one, or amend it in turn once signed</translation>
    </message>
    <message>
      <source>chemin hors de l'archive refusé</source>
      <translation>path outside the archive refused</translation>
    </message>
    <message>
      <source>chemin hors de la source : refusé</source>
      <translation>path outside the source: refused</translation>
    </message>
    <message>
      <source>chemin « {name} » hors de la source : refusé</source>
      <translation>path “{name}” outside the source: refused</translation>
    </message>
    <message>
      <source>classeur illisible ({exc})</source>
      <translation>unreadable workbook ({exc})</translation>
    </message>
    <message>
      <source>classeur illisible : {exc}</source>
      <translation>unreadable workbook: {exc}</translation>
    </message>
    <message>
      <source>clé inconnue (clés possibles : {keys})</source>
      <translation>unknown key (possible keys: {keys})</translation>
    </message>
    <message>
      <source>clé requise absente</source>
      <translation>required key missing</translation>
    </message>
    <message>
      <source>cofinancements</source>
      <translation>co-fundings</translation>
    </message>
    <message>
      <source>collectivités : {amount} soit {share} du coût total (maximum {most} au total)</source>
      <translation>local authorities: {amount}, that is {share} of the total cost (at most {most} in all)</translation>
    </message>
    <message>
      <source>colonne obligatoire « {key} » absente de l'en-tête</source>
      <translation>required column “{key}” missing from the header</translation>
    </message>
    <message>
      <source>colonne {value} sans en-tête : ignorée</source>
      <translation>column {value} without a header: ignored</translation>
    </message>
    <message>
      <source>colonne « {text} » en double (déjà en colonne {value})</source>
      <translation>column “{text}” repeated (already column {value})</translation>
    </message>
    <message>
      <source>colonne « {text} » inconnue : ignorée</source>
      <translation>unknown column “{text}”: ignored</translation>
    </message>
    <message>
      <source>communes</source>
      <translation>municipalities</translation>
    </message>
    <message>
      <source>comparer de {MIN_DOSSIERS} à {MAX_DOSSIERS} dossiers : {ids_count} donné(s)</source>
      <translation>compare {MIN_DOSSIERS} to {MAX_DOSSIERS} dossiers: {ids_count} given</translation>
    </message>
    <message>
      <source>compressé {ratio:.0f} fois (limite {MAX_COMPRESSION_RATIO} pour 1), refusé comme bombe de décompression</source>
      <translation>compressed {ratio:.0f} times (limit {MAX_COMPRESSION_RATIO} to 1), refused as a decompression bomb</translation>
    </message>
    <message>
      <source>conflit d'intérêts déclaré sur {dossier}</source>
      <translation>conflict of interest declared on {dossier}</translation>
    </message>
    <message>
      <source>contact</source>
      <translation>contact</translation>
    </message>
    <message>
      <source>contenu ({blob}) altéré</source>
      <translation>content ({blob}) altered</translation>
    </message>
    <message>
      <source>contenu binaire, pas un fichier texte</source>
      <translation>binary content, not a text file</translation>
    </message>
    <message>
      <source>contrôle de structure trop long (plus de {timeout:g} s)</source>
      <translation>structure check too long (over {timeout:g} s)</translation>
    </message>
    <message>
      <source>courriel</source>
      <translation>email</translation>
    </message>
    <message>
      <source>coût total</source>
      <translation>total cost</translation>
    </message>
    <message>
      <source>coût total du projet absent</source>
      <translation>total cost of the project missing</translation>
    </message>
    <message>
      <source>critère {criterion_id} introuvable</source>
      <translation>criterion {criterion_id} not found</translation>
    </message>
    <message>
      <source>critère « {criterion} » inconnu</source>
      <translation>unknown criterion “{criterion}”</translation>
    </message>
    <message>
      <source>date de dépôt</source>
      <translation>submission date</translation>
    </message>
    <message>
      <source>date « {value} » : année {year} impossible</source>
      <translation>date “{value}”: year {year} impossible</translation>
    </message>
    <message>
      <source>date « {value} » : date attendue (jj/mm/aaaa)</source>
      <translation>date “{value}”: date expected (dd/mm/yyyy)</translation>
    </message>
    <message>
      <source>date « {value} » : le {day} {month_name} {year} n'existe pas ({month_name} {year} a {last} jours)</source>
      <translation>date “{value}”: {day} {month_name} {year} does not exist ({month_name} {year} has {last} days)</translation>
    </message>
    <message>
      <source>date « {value} » : mois {month} impossible (format jj/mm/aaaa attendu)</source>
      <translation>date “{value}”: month {month} impossible (dd/mm/yyyy format expected)</translation>
    </message>
    <message>
      <source>dossier</source>
      <translation>application</translation>
    </message>
    <message>
      <source>dossier inconnu dans cet appel : « {text} »</source>
      <translation>dossier unknown in this call: “{text}”</translation>
    </message>
    <message>
      <source>dossier sans ID</source>
      <translation>dossier without an ID</translation>
    </message>
    <message>
      <source>dossier {both} : à la fois imposé et écarté</source>
      <translation>dossier {both}: both forced in and left out</translation>
    </message>
    <message>
      <source>dossier {dossier_id} introuvable</source>
      <translation>dossier {dossier_id} not found</translation>
    </message>
    <message>
      <source>dossier {dossier} introuvable</source>
      <translation>dossier {dossier} not found</translation>
    </message>
    <message>
      <source>dossier {missing} introuvable</source>
      <translation>dossier {missing} not found</translation>
    </message>
    <message>
      <source>dossier {numero} : absent du classement</source>
      <translation>dossier {numero}: not in the ranking</translation>
    </message>
    <message>
      <source>dossier {numero} introuvable</source>
      <translation>dossier {numero} not found</translation>
    </message>
    <message>
      <source>dossier {n} introuvable</source>
      <translation>dossier {n} not found</translation>
    </message>
    <message>
      <source>dossier « {numero} » inconnu dans cet appel</source>
      <translation>dossier “{numero}” unknown in this call</translation>
    </message>
    <message>
      <source>dossier(s) non éligible(s), hors de l'ordre du jour : {ineligible}</source>
      <translation>dossier(s) not eligible, kept off the agenda: {ineligible}</translation>
    </message>
    <message>
      <source>dossier-{ref} : absent de l'export, pièces ignorées</source>
      <translation>dossier-{ref}: missing from the export, attachments ignored</translation>
    </message>
    <message>
      <source>dossiers introuvables : {missing}</source>
      <translation>dossiers not found: {missing}</translation>
    </message>
    <message>
      <source>déjà présent</source>
      <translation>already present</translation>
    </message>
    <message>
      <source>département</source>
      <translation>département</translation>
    </message>
    <message>
      <source>département « {dep_text} » inconnu</source>
      <translation>unknown département “{dep_text}”</translation>
    </message>
    <message>
      <source>département « {values} » inconnu</source>
      <translation>unknown département “{values}”</translation>
    </message>
    <message>
      <source>dépasse authority_cofunding_max_total</source>
      <translation>exceeds authority_cofunding_max_total</translation>
    </message>
    <message>
      <source>dépassement de l'enveloppe : {detail}. Réduisez le montant, changez la répartition ou justifiez par écrit le dépassement</source>
      <translation>envelope exceeded: {detail}. Reduce the amount, change the split or justify the overrun in writing</translation>
    </message>
    <message>
      <source>désignez le secrétaire de séance pour prendre des notes</source>
      <translation>appoint the session's secretary to take notes</translation>
    </message>
    <message>
      <source>emplois créés</source>
      <translation>jobs created</translation>
    </message>
    <message>
      <source>emplois en insertion</source>
      <translation>integration jobs</translation>
    </message>
    <message>
      <source>emplois existants</source>
      <translation>existing jobs</translation>
    </message>
    <message>
      <source>encodage non reconnu (UTF-8 ou Windows-1252 attendu)</source>
      <translation>encoding not recognised (UTF-8 or Windows-1252 expected)</translation>
    </message>
    <message>
      <source>entrée du journal altérée</source>
      <translation>log entry altered</translation>
    </message>
    <message>
      <source>feuille vide : la ligne d'en-tête manque</source>
      <translation>empty sheet: the header row is missing</translation>
    </message>
    <message>
      <source>feuille « dossiers » absente (feuilles : {titles})</source>
      <translation>sheet “dossiers” missing (sheets: {titles})</translation>
    </message>
    <message>
      <source>feuille « {sheet} » absente (feuilles : {titles})</source>
      <translation>sheet “{sheet}” missing (sheets: {titles})</translation>
    </message>
    <message>
      <source>feuille « {title} »</source>
      <translation>sheet “{title}”</translation>
    </message>
    <message>
      <source>feuille « {title} » en double</source>
      <translation>sheet “{title}” repeated</translation>
    </message>
    <message>
      <source>feuille « {title} » inconnue : ignorée</source>
      <translation>unknown sheet “{title}”: ignored</translation>
    </message>
    <message>
      <source>feuille « {title} » sans colonne « Dossier ID » : ignorée</source>
      <translation>sheet “{title}” without a “Dossier ID” column: ignored</translation>
    </message>
    <message>
      <source>fichier CSV illisible : {exc}</source>
      <translation>unreadable CSV file: {exc}</translation>
    </message>
    <message>
      <source>fichier d'appel sans appel : créez-le avec « ptce new »</source>
      <translation>call file without a call: create it with “ptce new”</translation>
    </message>
    <message>
      <source>fichier illisible</source>
      <translation>unreadable file</translation>
    </message>
    <message>
      <source>fichier sans appel</source>
      <translation>file without a call</translation>
    </message>
    <message>
      <source>fichier vide</source>
      <translation>empty file</translation>
    </message>
    <message>
      <source>fichier « dossiers.csv » absent</source>
      <translation>file “dossiers.csv” missing</translation>
    </message>
    <message>
      <source>fichier « {name} » introuvable dans la source</source>
      <translation>file “{name}” not found in the source</translation>
    </message>
    <message>
      <source>fin du fichier</source>
      <translation>end of file</translation>
    </message>
    <message>
      <source>financeur inconnu : {code}</source>
      <translation>unknown funder: {code}</translation>
    </message>
    <message>
      <source>financeur inconnu : {unknown}</source>
      <translation>unknown funder: {unknown}</translation>
    </message>
    <message>
      <source>format non reconnu : classeur .xlsx ou fichier .csv</source>
      <translation>format not recognised: .xlsx workbook or .csv file</translation>
    </message>
    <message>
      <source>format non reconnu : classeur .xlsx, fichier .csv, dossier ou archive .zip</source>
      <translation>format not recognised: .xlsx workbook, .csv file, folder or .zip archive</translation>
    </message>
    <message>
      <source>forme juridique</source>
      <translation>legal form</translation>
    </message>
    <message>
      <source>funders : « {used} » ne peut être retiré, des décisions lui imputent des montants</source>
      <translation>funders: “{used}” cannot be removed, decisions charge amounts to it</translation>
    </message>
    <message>
      <source>grille de {name} : {changed} évaluation(s) modifiée(s), {unchanged} inchangée(s){submitted}{incomplete}</source>
      <translation>grid of {name}: {changed} review(s) changed, {unchanged} unchanged{submitted}{incomplete}</translation>
    </message>
    <message>
      <source>heure de signature absente</source>
      <translation>signing time missing</translation>
    </message>
    <message>
      <source>il faut au moins un dossier</source>
      <translation>at least one dossier is needed</translation>
    </message>
    <message>
      <source>il faut au moins un rapporteur par dossier</source>
      <translation>at least one rapporteur per dossier is needed</translation>
    </message>
    <message>
      <source>indiquez la nature de l'intérêt (lien avec le porteur, mandat…)</source>
      <translation>state the nature of the interest (link with the applicant, office held…)</translation>
    </message>
    <message>
      <source>indiquez le montant accordé</source>
      <translation>enter the amount granted</translation>
    </message>
    <message>
      <source>indiquez le motif de la désactivation</source>
      <translation>state the reason for deactivating</translation>
    </message>
    <message>
      <source>indiquez les conditions de la sélection</source>
      <translation>state the conditions of the selection</translation>
    </message>
    <message>
      <source>indiquez pourquoi le conflit d'intérêts est retiré</source>
      <translation>state why the conflict of interest is withdrawn</translation>
    </message>
    <message>
      <source>justification trop courte : expliquez en quelques mots ({MIN_REASON} caractères au moins) pourquoi le résultat automatique ne s'applique pas</source>
      <translation>justification too short: explain in a few words (at least {MIN_REASON} characters) why the automatic result does not apply</translation>
    </message>
    <message>
      <source>l'adresse {email} est déjà celle de {name} (id {id})</source>
      <translation>the address {email} is already that of {name} (id {id})</translation>
    </message>
    <message>
      <source>l'année de l'appel est requise</source>
      <translation>the call's year is required</translation>
    </message>
    <message>
      <source>l'enveloppe de l'appel est requise</source>
      <translation>the call's envelope is required</translation>
    </message>
    <message>
      <source>l'enveloppe restante ne permet pas ce montant</source>
      <translation>the remaining envelope does not allow this amount</translation>
    </message>
    <message>
      <source>l'ouverture ne s'est pas terminée en {timeout:g} s (fichier piégé ou endommagé)</source>
      <translation>opening did not finish within {timeout:g} s (booby-trapped or damaged file)</translation>
    </message>
    <message>
      <source>la constante de rétrécissement doit être positive ou nulle</source>
      <translation>the shrinkage constant must be zero or positive</translation>
    </message>
    <message>
      <source>la convocation PDF n'est pas disponible dans cette version</source>
      <translation>the PDF notice of meeting is not available in this version</translation>
    </message>
    <message>
      <source>la grille compte au moins un critère</source>
      <translation>the grid has at least one criterion</translation>
    </message>
    <message>
      <source>la part d'un financeur ne peut être négative</source>
      <translation>a funder's share cannot be negative</translation>
    </message>
    <message>
      <source>la proposition « {label} » n'est pas adoptée ({votes_for} pour, {votes_against} contre) : mettez aux voix une autre issue</source>
      <translation>the proposal “{label}” is not adopted ({votes_for} for, {votes_against} against): put another outcome to the vote</translation>
    </message>
    <message>
      <source>la répartition entre financeurs ({total}) ne fait pas le montant accordé ({amount})</source>
      <translation>the split between funders ({total}) does not add up to the amount granted ({amount})</translation>
    </message>
    <message>
      <source>la séance n'a pas de {role} désigné : cadre « {field} »</source>
      <translation>the session has no {role} appointed: field “{field}”</translation>
    </message>
    <message>
      <source>la séance n'est pas close : les candidats sont notifiés une fois toutes les décisions prises</source>
      <translation>the session is not closed: applicants are notified once every decision is taken</translation>
    </message>
    <message>
      <source>la séance n'est pas close : prenez une décision sur chaque dossier et clôturez la séance avant d'éditer le procès-verbal</source>
      <translation>the session is not closed: take a decision on every dossier and close the session before producing the minutes</translation>
    </message>
    <message>
      <source>le cadre du {role} est signé par « {signer} », dont le certificat n'est pas celui de {name} (ni son adresse {email}, ni un certificat enregistré pour cette personne)</source>
      <translation>the {role}'s field is signed by “{signer}”, whose certificate is not that of {name} (neither their address {email}, nor a certificate recorded for this person)</translation>
    </message>
    <message>
      <source>le cadre « {field} » de ce PDF est déjà signé : une seule signature par cadre</source>
      <translation>field “{field}” of this PDF is already signed: one signature per field</translation>
    </message>
    <message>
      <source>le cadre « {name} » a changé de page ou de place</source>
      <translation>field “{name}” moved to another page or place</translation>
    </message>
    <message>
      <source>le certificat « {name} » n'est pas valide aujourd'hui (valable du {not_valid_before_utc:%d/%m/%Y} au {not_valid_after_utc:%d/%m/%Y})</source>
      <translation>certificate “{name}” is not valid today (valid from {not_valid_before_utc:%d/%m/%Y} to {not_valid_after_utc:%d/%m/%Y})</translation>
    </message>
    <message>
      <source>le certificat « {name} » n'était pas valide à l'heure déclarée par le signataire ({at:%d/%m/%Y %H:%M} ; valable du {not_valid_before_utc:%d/%m/%Y} au {not_valid_after_utc:%d/%m/%Y})</source>
      <translation>certificate “{name}” was not valid at the time the signer declared ({at:%d/%m/%Y %H:%M}; valid from {not_valid_before_utc:%d/%m/%Y} to {not_valid_after_utc:%d/%m/%Y})</translation>
    </message>
    <message>
      <source>le certificat « {name} » ne permet pas de signer</source>
      <translation>certificate “{name}” cannot sign</translation>
    </message>
    <message>
      <source>le certificat « {name} » ne permet pas de signer (usage de la clé sans signature numérique ni non-répudiation)</source>
      <translation>certificate “{name}” cannot sign (key usage without digital signature or non-repudiation)</translation>
    </message>
    <message>
      <source>le code est vide</source>
      <translation>the code is empty</translation>
    </message>
    <message>
      <source>le code « {code} » est déjà pris</source>
      <translation>the code “{code}” is already taken</translation>
    </message>
    <message>
      <source>le dossier {numero} n'est pas à l'ordre du jour de la séance</source>
      <translation>dossier {numero} is not on the session's agenda</translation>
    </message>
    <message>
      <source>le dossier {numero} n'est pas éligible (ou pas encore examiné) : seuls les dossiers éligibles ont des rapporteurs</source>
      <translation>dossier {numero} is not eligible (or not yet examined): only eligible dossiers have rapporteurs</translation>
    </message>
    <message>
      <source>le dossier {ref} a changé dans le fichier d'appel depuis l'aperçu : relancez l'aperçu</source>
      <translation>dossier {ref} changed in the call file since the preview: run the preview again</translation>
    </message>
    <message>
      <source>le département {code} ({name}) n'est pas dans la région {region}</source>
      <translation>département {code} ({name}) is not in region {region}</translation>
    </message>
    <message>
      <source>le fichier « {name} » ne correspond pas à son empreinte SHA-256</source>
      <translation>file “{name}” does not match its SHA-256 fingerprint</translation>
    </message>
    <message>
      <source>le libellé est vide</source>
      <translation>the label is empty</translation>
    </message>
    <message>
      <source>le mandataire de {member}, {holder}, doit être présent</source>
      <translation>the proxy holder of {member}, {holder}, must be present</translation>
    </message>
    <message>
      <source>le membre {holder} détient plus d'un mandat (un seul par membre)</source>
      <translation>member {holder} holds more than one proxy (one per member)</translation>
    </message>
    <message>
      <source>le montant accordé ({amount}) dépasse le montant sollicité ({requested})</source>
      <translation>the amount granted ({amount}) exceeds the amount requested ({requested})</translation>
    </message>
    <message>
      <source>le montant accordé doit être compris entre {grant_min} et {grant_max} (bornes de l'appel)</source>
      <translation>the amount granted must be between {grant_min} and {grant_max} (the call's bounds)</translation>
    </message>
    <message>
      <source>le même dossier est donné deux fois</source>
      <translation>the same dossier is given twice</translation>
    </message>
    <message>
      <source>le nom est obligatoire</source>
      <translation>the name is required</translation>
    </message>
    <message>
      <source>le nom est vide</source>
      <translation>the name is empty</translation>
    </message>
    <message>
      <source>le poids doit être positif</source>
      <translation>the weight must be positive</translation>
    </message>
    <message>
      <source>le président de séance doit être membre du comité</source>
      <translation>the session's chair must be a committee member</translation>
    </message>
    <message>
      <source>le président et le secrétaire de séance sont deux personnes</source>
      <translation>the session's chair and secretary are two different people</translation>
    </message>
    <message>
      <source>le rang {requested} de la liste complémentaire est déjà celui du dossier {numero}</source>
      <translation>rank {requested} of the reserve list is already that of dossier {numero}</translation>
    </message>
    <message>
      <source>lecture impossible : {strerror}</source>
      <translation>cannot read: {strerror}</translation>
    </message>
    <message>
      <source>les attributions ont changé depuis l'aperçu : relancez la répartition</source>
      <translation>the assignments changed since the preview: run the distribution again</translation>
    </message>
    <message>
      <source>les données de la séance ont changé depuis l'édition de ce PDF ({doc_id}) : éditez de nouveau le procès-verbal et faites-le signer</source>
      <translation>the session's data changed since this PDF was produced ({doc_id}): produce the minutes again and have them signed</translation>
    </message>
    <message>
      <source>les parts des financeurs font {total}, l'enveloppe {envelope}</source>
      <translation>the funders' shares come to {total}, the envelope is {envelope}</translation>
    </message>
    <message>
      <source>les poids font {total:g}, ils doivent faire 100</source>
      <translation>the weights come to {total:g}, they must come to 100</translation>
    </message>
    <message>
      <source>les rapporteurs forment {groups_count} groupes sans dossier commun ({sizes} rapporteurs) : leurs sévérités ne peuvent pas être comparées ; attribuez des dossiers qui relient ces groupes</source>
      <translation>the rapporteurs form {groups_count} groups with no dossier in common ({sizes} rapporteurs): their severities cannot be compared; assign dossiers that link these groups</translation>
    </message>
    <message>
      <source>lien symbolique refusé</source>
      <translation>symbolic link refused</translation>
    </message>
    <message>
      <source>ligne ajoutée hors application</source>
      <translation>row added outside the application</translation>
    </message>
    <message>
      <source>ligne modifiée hors application</source>
      <translation>row changed outside the application</translation>
    </message>
    <message>
      <source>ligne supprimée hors application</source>
      <translation>row deleted outside the application</translation>
    </message>
    <message>
      <source>ligne {line}, colonne {column}</source>
      <translation>line {line}, column {column}</translation>
    </message>
    <message>
      <source>ligne {number} : au-delà de la limite de {MAX_ROWS_PER_SHEET} lignes par fichier, refusé</source>
      <translation>line {number}: over the limit of {MAX_ROWS_PER_SHEET} lines per file, refused</translation>
    </message>
    <message>
      <source>ligne {number} : {width} cellules pour {header_count} colonnes d'en-tête</source>
      <translation>line {number}: {width} cells for {header_count} header columns</translation>
    </message>
    <message>
      <source>ligne {other_line} : encodage Windows-1252 alors que la ligne {utf8_line} est en UTF-8 ; enregistrez le fichier dans un seul encodage (UTF-8 de préférence)</source>
      <translation>line {other_line}: Windows-1252 encoding while line {utf8_line} is in UTF-8; save the file in a single encoding (UTF-8 preferably)</translation>
    </message>
    <message>
      <source>membre illisible ({exc})</source>
      <translation>unreadable member ({exc})</translation>
    </message>
    <message>
      <source>membre {member} non représenté avec un mandataire</source>
      <translation>member {member} not represented, yet with a proxy holder</translation>
    </message>
    <message>
      <source>membre {member} représenté sans mandataire</source>
      <translation>member {member} represented without a proxy holder</translation>
    </message>
    <message>
      <source>membres</source>
      <translation>members</translation>
    </message>
    <message>
      <source>membres inactifs, ni présents ni représentés : {inactive}</source>
      <translation>inactive members, neither present nor represented: {inactive}</translation>
    </message>
    <message>
      <source>modification hors application ({op} sur {table}, ligne {row_id})</source>
      <translation>change outside the application ({op} on {table}, row {row_id})</translation>
    </message>
    <message>
      <source>modèle d'appel inconnu : « {template} » (modèles : {known}, ou un fichier de paramètres .toml)</source>
      <translation>unknown call template: “{template}” (templates: {known}, or a .toml settings file)</translation>
    </message>
    <message>
      <source>montant demandé</source>
      <translation>amount requested</translation>
    </message>
    <message>
      <source>montant « {value} » : nombre trop grand (au plus {MAX_AMOUNT} €)</source>
      <translation>amount “{value}”: number too large (at most {MAX_AMOUNT} €)</translation>
    </message>
    <message>
      <source>montant « {value} » : {reason}</source>
      <translation>amount “{value}”: {reason}</translation>
    </message>
    <message>
      <source>mutualisations</source>
      <translation>pooling</translation>
    </message>
    <message>
      <source>nom de fichier inhabituel (attendu : dossiers_&lt;démarche&gt;_&lt;date&gt;) : démarche « {procedure} »</source>
      <translation>unusual file name (expected: dossiers_&lt;procedure&gt;_&lt;date&gt;): procedure “{procedure}”</translation>
    </message>
    <message>
      <source>nom du pôle</source>
      <translation>cluster name</translation>
    </message>
    <message>
      <source>nombre attendu</source>
      <translation>number expected</translation>
    </message>
    <message>
      <source>nombre fini attendu</source>
      <translation>finite number expected</translation>
    </message>
    <message>
      <source>nombre « {value} » : nombre entier attendu</source>
      <translation>number “{value}”: whole number expected</translation>
    </message>
    <message>
      <source>nombre « {value} » : nombre trop grand (au plus {MAX_COUNT})</source>
      <translation>number “{value}”: number too large (at most {MAX_COUNT})</translation>
    </message>
    <message>
      <source>nombre « {value} » : {reason}</source>
      <translation>number “{value}”: {reason}</translation>
    </message>
    <message>
      <source>non classé (inéligible)</source>
      <translation>not ranked (ineligible)</translation>
    </message>
    <message>
      <source>non classé ({reason})</source>
      <translation>not ranked ({reason})</translation>
    </message>
    <message>
      <source>non noté</source>
      <translation>not scored</translation>
    </message>
    <message>
      <source>note vide</source>
      <translation>empty score</translation>
    </message>
    <message>
      <source>note {score:g} hors de l'échelle du critère « {label} » ({scale_min} à {scale_max})</source>
      <translation>score {score:g} outside the scale of criterion “{label}” ({scale_min} to {scale_max})</translation>
    </message>
    <message>
      <source>note éliminatoire : {codes}</source>
      <translation>eliminating score: {codes}</translation>
    </message>
    <message>
      <source>numéro</source>
      <translation>number</translation>
    </message>
    <message>
      <source>numéro « {numero} » absent de la feuille dossiers</source>
      <translation>number “{numero}” missing from the dossiers sheet</translation>
    </message>
    <message>
      <source>numéro « {numero} » déjà pris par un autre dossier du fichier d'appel : changez le préfixe</source>
      <translation>number “{numero}” already taken by another dossier of the call file: change the prefix</translation>
    </message>
    <message>
      <source>numéro « {numero} » déjà présent dans le fichier d'appel</source>
      <translation>number “{numero}” already in the call file</translation>
    </message>
    <message>
      <source>numéro « {numero} » déjà présent dans le fichier d'appel : refusé (cochez « mettre à jour » ou --update pour le modifier)</source>
      <translation>number “{numero}” already in the call file: refused (tick “update” or --update to change it)</translation>
    </message>
    <message>
      <source>numéro « {numero} » en double (déjà ligne {first})</source>
      <translation>number “{numero}” repeated (already line {first})</translation>
    </message>
    <message>
      <source>numéro(s) de dossier inconnu(s) : {unknown}</source>
      <translation>unknown dossier number(s): {unknown}</translation>
    </message>
    <message>
      <source>négatif</source>
      <translation>negative</translation>
    </message>
    <message>
      <source>ordre du jour vide : ajoutez des dossiers avant de convoquer</source>
      <translation>empty agenda: add dossiers before convening</translation>
    </message>
    <message>
      <source>ordre du jour vide : rien n'a été délibéré</source>
      <translation>empty agenda: nothing was deliberated</translation>
    </message>
    <message>
      <source>ouverture impossible ({strerror})</source>
      <translation>cannot open ({strerror})</translation>
    </message>
    <message>
      <source>part du financeur {code} négative : {amount:g}</source>
      <translation>funder {code}'s share is negative: {amount:g}</translation>
    </message>
    <message>
      <source>part financée : {share:g} (entre 0 exclu et 1)</source>
      <translation>funded share: {share:g} (between 0 excluded and 1)</translation>
    </message>
    <message>
      <source>partage des voix : la voix du président doit être indiquée</source>
      <translation>tied vote: the chair's vote must be given</translation>
    </message>
    <message>
      <source>partage des voix alors que le président ne prend pas part au vote : la proposition n'est pas adoptée</source>
      <translation>tied vote while the chair takes no part in the vote: the proposal is not adopted</translation>
    </message>
    <message>
      <source>partie illisible ({exc})</source>
      <translation>unreadable part ({exc})</translation>
    </message>
    <message>
      <source>pas un fichier ordinaire : refusé</source>
      <translation>not a regular file: refused</translation>
    </message>
    <message>
      <source>personne inconnue dans cet appel : « {text} » (id ou e-mail)</source>
      <translation>person unknown in this call: “{text}” (id or e-mail)</translation>
    </message>
    <message>
      <source>personne ou dossier introuvable</source>
      <translation>person or dossier not found</translation>
    </message>
    <message>
      <source>personne {person_id} inconnue dans cet appel</source>
      <translation>person {person_id} unknown in this call</translation>
    </message>
    <message>
      <source>phrase de passe incorrecte, ou fichier qui n'est pas une identité PKCS#12 (.p12)</source>
      <translation>wrong passphrase, or a file that is not a PKCS#12 identity (.p12)</translation>
    </message>
    <message>
      <source>phrase de passe vide</source>
      <translation>empty passphrase</translation>
    </message>
    <message>
      <source>pièce</source>
      <translation>attachment</translation>
    </message>
    <message>
      <source>pièce {attachment_id} introuvable</source>
      <translation>attachment {attachment_id} not found</translation>
    </message>
    <message>
      <source>pièce « {name} » qu'aucune question de {numero} ne nomme : importée sans type</source>
      <translation>attachment “{name}” that no question of {numero} names: imported without a type</translation>
    </message>
    <message>
      <source>pièces</source>
      <translation>attachments</translation>
    </message>
    <message>
      <source>pièces manquantes : {kinds}</source>
      <translation>missing attachments: {kinds}</translation>
    </message>
    <message>
      <source>pièces requises présentes</source>
      <translation>required attachments present</translation>
    </message>
    <message>
      <source>plus de {MAX_ROWS_PER_SHEET} lignes (limite par feuille), refusée avant lecture</source>
      <translation>over {MAX_ROWS_PER_SHEET} rows (limit per sheet), refused before reading</translation>
    </message>
    <message>
      <source>plus de {max_total} une fois décompressée (limite par archive), refusée avant toute lecture</source>
      <translation>over {max_total} once decompressed (limit per archive), refused before any reading</translation>
    </message>
    <message>
      <source>point d'ancrage du {when} ({signer})</source>
      <translation>anchor of {when} ({signer})</translation>
    </message>
    <message>
      <source>point d'ancrage illisible ({exc})</source>
      <translation>unreadable anchor ({exc})</translation>
    </message>
    <message>
      <source>procès-verbal de la séance {session_id}</source>
      <translation>minutes of session {session_id}</translation>
    </message>
    <message>
      <source>procès-verbal déjà signé : la séance est verrouillée ; le PV signé est enregistré dans le fichier d'appel, toute modification passe par un avenant</source>
      <translation>minutes already signed: the session is locked; the signed minutes are stored in the call file, any change goes through an amendment</translation>
    </message>
    <message>
      <source>procès-verbal signé : la séance est verrouillée, toute modification passe par un avenant</source>
      <translation>minutes signed: the session is locked, any change goes through an amendment</translation>
    </message>
    <message>
      <source>procès-verbal {minutes_id} introuvable</source>
      <translation>minutes {minutes_id} not found</translation>
    </message>
    <message>
      <source>président</source>
      <translation>chair</translation>
    </message>
    <message>
      <source>quorum non atteint ({counted} membres présents ou représentés sur {members}, il en faut {required}) : la séance ne peut se tenir que sur seconde convocation, à indiquer par écrit</source>
      <translation>quorum not reached ({counted} members present or represented out of {members}, {required} needed): the session can only be held when convened a second time, to be stated in writing</translation>
    </message>
    <message>
      <source>quorum non atteint : le comité ne peut pas délibérer</source>
      <translation>quorum not reached: the committee cannot deliberate</translation>
    </message>
    <message>
      <source>rang de coupure négatif : {cutoff_rank}</source>
      <translation>negative cut-off rank: {cutoff_rank}</translation>
    </message>
    <message>
      <source>rang {requested} impossible sur la liste complémentaire : de 1 à {last}</source>
      <translation>rank {requested} impossible on the reserve list: from 1 to {last}</translation>
    </message>
    <message>
      <source>rapporteurs par dossier : {k} ; il en faut au moins 1</source>
      <translation>rapporteurs per dossier: {k}; at least 1 is needed</translation>
    </message>
    <message>
      <source>relevez les présences avant d'ouvrir la séance</source>
      <translation>record attendance before opening the session</translation>
    </message>
    <message>
      <source>région</source>
      <translation>region</translation>
    </message>
    <message>
      <source>région ou département « {region_text} » inconnu</source>
      <translation>unknown region or département “{region_text}”</translation>
    </message>
    <message>
      <source>région ou département « {region} » inconnu</source>
      <translation>unknown region or département “{region}”</translation>
    </message>
    <message>
      <source>région « {region_text} » inconnue</source>
      <translation>unknown region “{region_text}”</translation>
    </message>
    <message>
      <source>résumé</source>
      <translation>summary</translation>
    </message>
    <message>
      <source>révision {value} : modification ajoutée après la première signature, qui n'est pas une signature</source>
      <translation>revision {value}: change added after the first signature, which is not a signature</translation>
    </message>
    <message>
      <source>rôle « {word} » inconnu (attendu : {expected})</source>
      <translation>unknown role “{word}” (expected: {expected})</translation>
    </message>
    <message>
      <source>sans e-mail</source>
      <translation>no e-mail</translation>
    </message>
    <message>
      <source>secrétaire</source>
      <translation>secretary</translation>
    </message>
    <message>
      <source>secteurs</source>
      <translation>sectors</translation>
    </message>
    <message>
      <source>seuil {eliminatory_below:g} hors de l'échelle {scale_min}–{scale_max}</source>
      <translation>threshold {eliminatory_below:g} outside the scale {scale_min}–{scale_max}</translation>
    </message>
    <message>
      <source>seul un procès-verbal signé fait l'objet d'un avenant : tant qu'il n'est pas signé, rouvrez la séance pour la modifier</source>
      <translation>only signed minutes can be amended: while they are not signed, reopen the session to change it</translation>
    </message>
    <message>
      <source>seule une décision d'une séance ouverte peut être retirée</source>
      <translation>only a decision of an open session can be withdrawn</translation>
    </message>
    <message>
      <source>seule une séance close peut être rouverte</source>
      <translation>only a closed session can be reopened</translation>
    </message>
    <message>
      <source>seule une séance ouverte peut être close</source>
      <translation>only an open session can be closed</translation>
    </message>
    <message>
      <source>signature CMS illisible ({exc})</source>
      <translation>unreadable CMS signature ({exc})</translation>
    </message>
    <message>
      <source>signature impossible : {exc}</source>
      <translation>signing failed: {exc}</translation>
    </message>
    <message>
      <source>signature « {name} » : objet n° {idnum} modifié ({bad})</source>
      <translation>signature “{name}”: object no. {idnum} changed ({bad})</translation>
    </message>
    <message>
      <source>signature « {name} » : {stray_count} objet(s) ajouté(s) qui n'appartiennent pas à sa signature (nouveau champ, annotation ou contenu : n° {numbers})</source>
      <translation>signature “{name}”: {stray_count} object(s) added that do not belong to its signature (new field, annotation or content: no. {numbers})</translation>
    </message>
    <message>
      <source>signature « {name} » : {value} n° {idnum} modifié (page, contenu ou annotation existante)</source>
      <translation>signature “{name}”: {value} no. {idnum} changed (page, content or existing annotation)</translation>
    </message>
    <message>
      <source>signatures illisibles dans ce PDF ({exc})</source>
      <translation>unreadable signatures in this PDF ({exc})</translation>
    </message>
    <message>
      <source>sollicité</source>
      <translation>requested</translation>
    </message>
    <message>
      <source>statut « {raw} » sans traduction : ajoutez-le à [values.status] de la correspondance</source>
      <translation>status “{raw}” without a translation: add it to [values.status] of the mapping</translation>
    </message>
    <message>
      <source>statut « {value} » inconnu (attendu : acquis ou sollicité)</source>
      <translation>unknown status “{value}” (expected: acquis or sollicité)</translation>
    </message>
    <message>
      <source>structure invalide selon qpdf : {detail}</source>
      <translation>invalid structure according to qpdf: {detail}</translation>
    </message>
    <message>
      <source>structure porteuse</source>
      <translation>lead organisation</translation>
    </message>
    <message>
      <source>séance close : rouvrez-la pour déclarer un déport</source>
      <translation>session closed: reopen it to declare a recusal</translation>
    </message>
    <message>
      <source>séance close : rouvrez-la pour modifier l'ordre du jour</source>
      <translation>session closed: reopen it to change the agenda</translation>
    </message>
    <message>
      <source>séance close : rouvrez-la pour modifier les présences</source>
      <translation>session closed: reopen it to change attendance</translation>
    </message>
    <message>
      <source>séance close : utilisez « Rouvrir la séance »</source>
      <translation>session closed: use “Reopen the session”</translation>
    </message>
    <message>
      <source>séance {session_id} : procès-verbal signé, plus modifiable</source>
      <translation>session {session_id}: minutes signed, no longer editable</translation>
    </message>
    <message>
      <source>séance {session_id} close : plus rien à proposer</source>
      <translation>session {session_id} closed: nothing left to propose</translation>
    </message>
    <message>
      <source>séance {session_id} introuvable</source>
      <translation>session {session_id} not found</translation>
    </message>
    <message>
      <source>séance {sid} : verrouillée sans procès-verbal signé enregistré</source>
      <translation>session {sid}: locked without recorded signed minutes</translation>
    </message>
    <message>
      <source>séparateurs ambigus</source>
      <translation>ambiguous separators</translation>
    </message>
    <message>
      <source>séparateurs de milliers mal placés</source>
      <translation>misplaced thousands separators</translation>
    </message>
    <message>
      <source>séparateurs incohérents</source>
      <translation>inconsistent separators</translation>
    </message>
    <message>
      <source>trop de lignes (limite par feuille), refusée</source>
      <translation>too many rows (limit per sheet), refused</translation>
    </message>
    <message>
      <source>true ou false</source>
      <translation>true or false</translation>
    </message>
    <message>
      <source>type de pièce vide</source>
      <translation>empty attachment type</translation>
    </message>
    <message>
      <source>téléphone</source>
      <translation>phone</translation>
    </message>
    <message>
      <source>un dossier figure deux fois à l'ordre du jour</source>
      <translation>a dossier is on the agenda twice</translation>
    </message>
    <message>
      <source>un effectif ne peut pas être négatif</source>
      <translation>a headcount cannot be negative</translation>
    </message>
    <message>
      <source>un montant ne peut pas être négatif</source>
      <translation>an amount cannot be negative</translation>
    </message>
    <message>
      <source>un montant ne peut être négatif</source>
      <translation>an amount cannot be negative</translation>
    </message>
    <message>
      <source>un montant réduit doit être motivé : indiquez les motifs</source>
      <translation>a reduced amount must be justified: give the reasons</translation>
    </message>
    <message>
      <source>un nombre</source>
      <translation>a number</translation>
    </message>
    <message>
      <source>un nombre de voix ne peut être négatif</source>
      <translation>a number of votes cannot be negative</translation>
    </message>
    <message>
      <source>un nombre entier</source>
      <translation>a whole number</translation>
    </message>
    <message>
      <source>un rang ne se donne qu'à un dossier en liste complémentaire</source>
      <translation>a rank is only given to a dossier on the reserve list</translation>
    </message>
    <message>
      <source>un refus doit être motivé : indiquez les motifs</source>
      <translation>a refusal must be justified: give the reasons</translation>
    </message>
    <message>
      <source>un texte</source>
      <translation>a text</translation>
    </message>
    <message>
      <source>une décision « {label} » ne comporte aucun montant</source>
      <translation>a “{label}” decision carries no amount</translation>
    </message>
    <message>
      <source>une décision « {label} » ne répartit aucun montant</source>
      <translation>a “{label}” decision splits no amount</translation>
    </message>
    <message>
      <source>une dérogation doit être justifiée par écrit</source>
      <translation>an exemption must be justified in writing</translation>
    </message>
    <message>
      <source>une liste</source>
      <translation>a list</translation>
    </message>
    <message>
      <source>une liste de tables [[{name}]] est attendue, pas {value}</source>
      <translation>a list of tables [[{name}]] is expected, not {value}</translation>
    </message>
    <message>
      <source>une liste de textes</source>
      <translation>a list of texts</translation>
    </message>
    <message>
      <source>une part entre 0 et 1 (0.2 pour 20 %)</source>
      <translation>a share between 0 and 1 (0.2 for 20 %)</translation>
    </message>
    <message>
      <source>une table</source>
      <translation>a table</translation>
    </message>
    <message>
      <source>une table est attendue, pas {value}</source>
      <translation>a table is expected, not {value}</translation>
    </message>
    <message>
      <source>vous êtes connecté en tant que « {name} » : seuls le secrétariat et la personne elle-même déclarent ou retirent un conflit d'intérêts de {person}</source>
      <translation>you are signed in as “{name}”: only the secretariat and the person themselves declare or withdraw a conflict of interest of {person}</translation>
    </message>
    <message>
      <source>{added} dossier(s) ajouté(s), {changed} mis à jour, {unchanged} inchangé(s) ; {members} membre(s), {cofundings} cofinancement(s), {attachments} pièce(s) ; éligibilité contrôlée sur {screened} dossier(s), {eligible} éligible(s)</source>
      <translation>{added} application(s) added, {changed} updated, {unchanged} unchanged; {members} member(s), {cofundings} co-funding(s), {attachments} attachment(s); eligibility checked on {screened} application(s), {eligible} eligible</translation>
    </message>
    <message>
      <source>{added} dossier(s) ajouté(s), {changed} mis à jour, {unchanged} inchangé(s), {drafts} brouillon(s) ignoré(s) ; {attachments} pièce(s), {avis} avis d'expert ; {eligible} éligible(s) après contrôle</source>
      <translation>{added} application(s) added, {changed} updated, {unchanged} unchanged, {drafts} draft(s) ignored; {attachments} attachment(s), {avis} expert opinion(s); {eligible} eligible after checking</translation>
    </message>
    <message>
      <source>{added} dossier(s) à ajouter, {changed} à mettre à jour{unchanged}{refused} ; {members} membre(s), {cofundings} cofinancement(s), {attachments} pièce(s)</source>
      <translation>{added} application(s) to add, {changed} to update{unchanged}{refused}; {members} member(s), {cofundings} co-funding(s), {attachments} attachment(s)</translation>
    </message>
    <message>
      <source>{amount} demandés</source>
      <translation>{amount} requested</translation>
    </message>
    <message>
      <source>{amount} demandés, hors des bornes de l'appel (entre {low} et {high})</source>
      <translation>{amount} requested, outside the call's bounds (between {low} and {high})</translation>
    </message>
    <message>
      <source>{candidate} : sauvegarde introuvable</source>
      <translation>{candidate}: backup not found</translation>
    </message>
    <message>
      <source>{cast} voix exprimées pour {voters} votants (membres présents ou représentés, hors déports)</source>
      <translation>{cast} votes cast for {voters} voters (members present or represented, recusals excluded)</translation>
    </message>
    <message>
      <source>{cast} voix pour {voters} votants</source>
      <translation>{cast} votes for {voters} voters</translation>
    </message>
    <message>
      <source>{category} : nombre</source>
      <translation>{category}: number</translation>
    </message>
    <message>
      <source>{category} : noms</source>
      <translation>{category}: names</translation>
    </message>
    <message>
      <source>{doc_id} : aucune signature dans ce PDF</source>
      <translation>{doc_id}: no signature in this PDF</translation>
    </message>
    <message>
      <source>{doc_id} : la séance a été modifiée depuis l'édition du procès-verbal ({changes}) : éditez-le de nouveau et faites-le signer</source>
      <translation>{doc_id}: the session changed since the minutes were produced ({changes}): produce them again and have them signed</translation>
    </message>
    <message>
      <source>{doc_id} : procès-verbal édité avant l'ancrage du journal d'audit : éditez-le de nouveau et faites-le signer</source>
      <translation>{doc_id}: minutes produced before the audit log was anchored: produce them again and have them signed</translation>
    </message>
    <message>
      <source>{expected} attendu, pas {value}</source>
      <translation>{expected} expected, not {value}</translation>
    </message>
    <message>
      <source>{file_size}, au-delà de la limite de {max_bytes} par fichier</source>
      <translation>{file_size}, over the limit of {max_bytes} per file</translation>
    </message>
    <message>
      <source>{file} : retour n° {sequence} ({rapporteur})</source>
      <translation>{file}: return no. {sequence} ({rapporteur})</translation>
    </message>
    <message>
      <source>{first} (et 1 autre problème)</source>
      <translation>{first} (and 1 other problem)</translation>
    </message>
    <message>
      <source>{first} (et {more} autres problèmes)</source>
      <translation>{first} (and {more} other problems)</translation>
    </message>
    <message>
      <source>{folder} : ce dossier contient la copie de travail d'un autre paquet</source>
      <translation>{folder}: this folder holds the working copy of another package</translation>
    </message>
    <message>
      <source>{folder} : copie de sauvegarde impossible ({strerror}) ; rien n'a été modifié</source>
      <translation>{folder}: backup copy failed ({strerror}); nothing was changed</translation>
    </message>
    <message>
      <source>{folder} : pas de copie de travail ici (ptce package open)</source>
      <translation>{folder}: no working copy here (ptce package open)</translation>
    </message>
    <message>
      <source>{frozen} : {reason}</source>
      <translation>{frozen}: {reason}</translation>
    </message>
    <message>
      <source>{funder} : {amount} ({state})</source>
      <translation>{funder}: {amount} ({state})</translation>
    </message>
    <message>
      <source>{funder} : {amount} soit {share} du coût total (maximum {most} par collectivité)</source>
      <translation>{funder}: {amount}, that is {share} of the total cost (at most {most} per local authority)</translation>
    </message>
    <message>
      <source>{head} : {added} ajouté(s), {replaced} remplacé(s), {unchanged} inchangé(s), {deleted} supprimé(s), {pending} en attente, {refused} refusé(s){doubled}</source>
      <translation>{head}: {added} added, {replaced} replaced, {unchanged} unchanged, {deleted} deleted, {pending} waiting, {refused} refused{doubled}</translation>
    </message>
    <message>
      <source>{head} déjà importé : rien n'a changé</source>
      <translation>{head} already imported: nothing changed</translation>
    </message>
    <message>
      <source>{head} plus ancien qu'un retour déjà importé : rien n'a changé</source>
      <translation>{head} older than a return already imported: nothing changed</translation>
    </message>
    <message>
      <source>{height} lignes sur {last_col} colonnes, au-delà de {MAX_CELLS_PER_SHEET} cellules par feuille</source>
      <translation>{height} rows over {last_col} columns, over {MAX_CELLS_PER_SHEET} cells per sheet</translation>
    </message>
    <message>
      <source>{key} : {message}</source>
      <translation>{key}: {message}</translation>
    </message>
    <message>
      <source>{label} (poids {weight:g})</source>
      <translation>{label} (weight {weight:g})</translation>
    </message>
    <message>
      <source>{label} : valeur obligatoire absente</source>
      <translation>{label}: required value missing</translation>
    </message>
    <message>
      <source>{label}, membre « {member} »</source>
      <translation>{label}, member “{member}”</translation>
    </message>
    <message>
      <source>{member} ne peut se représenter lui-même</source>
      <translation>{member} cannot represent themselves</translation>
    </message>
    <message>
      <source>{message} : champ laissé vide</source>
      <translation>{message}: field left empty</translation>
    </message>
    <message>
      <source>{missing} critère(s) sans note : la grille doit être complète.</source>
      <translation>{missing} criterion(s) without a score: the grid must be complete.</translation>
    </message>
    <message>
      <source>{name} : c'est un paquet envoyé à un rapporteur, pas son retour</source>
      <translation>{name}: this is a package sent to a rapporteur, not their return</translation>
    </message>
    <message>
      <source>{name} : ce n'est pas un certificat X.509 (PEM ou DER)</source>
      <translation>{name}: not an X.509 certificate (PEM or DER)</translation>
    </message>
    <message>
      <source>{name} : ce n'est pas un paquet PTCE, ou il est endommagé</source>
      <translation>{name}: not a PTCE package, or it is damaged</translation>
    </message>
    <message>
      <source>{name} : ce n'est pas une grille d'évaluation PTCE (feuilles « {GRID_SHEET} » et « {META_SHEET} » attendues) ; exportez-la avec « ptce grid export »</source>
      <translation>{name}: not a PTCE review grid (sheets “{GRID_SHEET}” and “{META_SHEET}” expected); export it with “ptce grid export”</translation>
    </message>
    <message>
      <source>{name} : ce retour appartient à un autre appel : refusé</source>
      <translation>{name}: this return belongs to another call: refused</translation>
    </message>
    <message>
      <source>{name} : ce retour se dit d'un autre rapporteur que celui du paquet ({rapporteur}) : refusé</source>
      <translation>{name}: this return claims another rapporteur than the package's ({rapporteur}): refused</translation>
    </message>
    <message>
      <source>{name} : cette grille a été exportée d'un autre appel (identifiant {value}, celui-ci est {uid})</source>
      <translation>{name}: this grid was exported from another call (identifier {value}, this one is {uid})</translation>
    </message>
    <message>
      <source>{name} : cette grille est celle de {author}, pas de {wanted}</source>
      <translation>{name}: this grid is {author}'s, not {wanted}'s</translation>
    </message>
    <message>
      <source>{name} : classeur illisible ({exc})</source>
      <translation>{name}: unreadable workbook ({exc})</translation>
    </message>
    <message>
      <source>{name} : contenu illisible</source>
      <translation>{name}: unreadable content</translation>
    </message>
    <message>
      <source>{name} : contenu inattendu ({member})</source>
      <translation>{name}: unexpected content ({member})</translation>
    </message>
    <message>
      <source>{name} : contenu qui ne correspond pas à son en-tête</source>
      <translation>{name}: content that does not match its header</translation>
    </message>
    <message>
      <source>{name} : copie de travail sans origine</source>
      <translation>{name}: working copy without an origin</translation>
    </message>
    <message>
      <source>{name} : export .xlsx, .ods ou .csv attendu</source>
      <translation>{name}: .xlsx, .ods or .csv export expected</translation>
    </message>
    <message>
      <source>{name} : feuille « Dossiers » (ID, Email, …) absente</source>
      <translation>{name}: sheet “Dossiers” (ID, Email, …) missing</translation>
    </message>
    <message>
      <source>{name} : format d'export inconnu (.xlsx ou .zip attendu)</source>
      <translation>{name}: unknown export format (.xlsx or .zip expected)</translation>
    </message>
    <message>
      <source>{name} : grille d'une autre version (feuille « {META_SHEET} »)</source>
      <translation>{name}: grid of another version (sheet “{META_SHEET}”)</translation>
    </message>
    <message>
      <source>{name} : import refusé, {count} ; le fichier d'appel n'a pas été modifié</source>
      <translation>{name}: import refused, {count}; the call file was not changed</translation>
    </message>
    <message>
      <source>{name} : import refusé, {problems_count} problème(s) ; rien n'a été écrit</source>
      <translation>{name}: import refused, {problems_count} problem(s); nothing was written</translation>
    </message>
    <message>
      <source>{name} : la grille est celle de {person} ({email}), qui n'est pas une personne de cet appel</source>
      <translation>{name}: the grid is that of {person} ({email}), who is not a person of this call</translation>
    </message>
    <message>
      <source>{name} : lecture impossible ({strerror})</source>
      <translation>{name}: cannot read ({strerror})</translation>
    </message>
    <message>
      <source>{name} : paquet fait par une version plus récente de PTCE Desktop ; mettez l'application à jour</source>
      <translation>{name}: package made by a newer version of PTCE Desktop; update the application</translation>
    </message>
    <message>
      <source>{name} : paquet sans copie de travail</source>
      <translation>{name}: package without a working copy</translation>
    </message>
    <message>
      <source>{name} : paquet tronqué ou altéré (bloc {value}) : refusé, rien n'a été modifié</source>
      <translation>{name}: package truncated or altered (block {value}): refused, nothing was changed</translation>
    </message>
    <message>
      <source>{name} : paquet {package_id} jamais préparé dans cet appel : refusé</source>
      <translation>{name}: package {package_id} never prepared in this call: refused</translation>
    </message>
    <message>
      <source>{name} : pas un export de Démarche Numérique</source>
      <translation>{name}: not a Démarche Numérique export</translation>
    </message>
    <message>
      <source>{name} : phrase de passe incorrecte (ou en-tête du paquet altéré)</source>
      <translation>{name}: wrong passphrase (or altered package header)</translation>
    </message>
    <message>
      <source>{name} : premier export de la démarche « {procedure} », aucune correspondance enregistrée ; proposez-en une avec « ptce ds mapping FICHIER {name} --out correspondance.toml », relisez-la, puis importez avec --mapping correspondance.toml</source>
      <translation>{name}: first export of the procedure “{procedure}”, no mapping recorded; propose one with “ptce ds mapping FICHIER {name} --out correspondance.toml”, review it, then import with --mapping correspondance.toml</translation>
    </message>
    <message>
      <source>{name} : retour sans contenu</source>
      <translation>{name}: return without content</translation>
    </message>
    <message>
      <source>{name} : trop grand pour un certificat</source>
      <translation>{name}: too large for a certificate</translation>
    </message>
    <message>
      <source>{name} : un fichier PKCS#12 contient aussi la clé privée de son titulaire ; demandez-lui son certificat seul (.pem, .crt ou .cer)</source>
      <translation>{name}: a PKCS#12 file also holds its holder's private key; ask them for the certificate alone (.pem, .crt or .cer)</translation>
    </message>
    <message>
      <source>{name} : valeur obligatoire absente</source>
      <translation>{name}: required value missing</translation>
    </message>
    <message>
      <source>{name} : {exc}</source>
      <translation>{name}: {exc}</translation>
    </message>
    <message>
      <source>{name} a soumis son évaluation du dossier {numero} : elle ne peut pas être retirée à la main ; seul un conflit d'intérêts déclaré la met de côté</source>
      <translation>{name} submitted their review of dossier {numero}: it cannot be removed by hand; only a declared conflict of interest sets it aside</translation>
    </message>
    <message>
      <source>{name} est déjà rapporteur du dossier {numero}</source>
      <translation>{name} is already a rapporteur of dossier {numero}</translation>
    </message>
    <message>
      <source>{name} est désactivé(e)</source>
      <translation>{name} is deactivated</translation>
    </message>
    <message>
      <source>{name} est désactivé(e) ({why})</source>
      <translation>{name} is deactivated ({why})</translation>
    </message>
    <message>
      <source>{name} n'a aucun dossier attribué : rien à préparer</source>
      <translation>{name} has no dossier assigned: nothing to prepare</translation>
    </message>
    <message>
      <source>{name} n'est ni membre du comité ni rapporteur</source>
      <translation>{name} is neither a committee member nor a rapporteur</translation>
    </message>
    <message>
      <source>{name} n'est pas membre du comité : rien à déporter en séance</source>
      <translation>{name} is not a committee member: nothing to recuse in session</translation>
    </message>
    <message>
      <source>{name} n'est pas rapporteur de cet appel</source>
      <translation>{name} is not a rapporteur of this call</translation>
    </message>
    <message>
      <source>{name} n'est pas rapporteur du dossier {numero}</source>
      <translation>{name} is not a rapporteur of dossier {numero}</translation>
    </message>
    <message>
      <source>{name} ne peut pas être supprimé(e) : {uses} ; désactivez cette personne plutôt, en indiquant le motif</source>
      <translation>{name} cannot be deleted: {uses}; deactivate this person instead, giving the reason</translation>
    </message>
    <message>
      <source>{name} pas encore enregistré</source>
      <translation>{name} not yet saved</translation>
    </message>
    <message>
      <source>{name}, feuille « {title} »</source>
      <translation>{name}, sheet “{title}”</translation>
    </message>
    <message>
      <source>{name}, feuille « {title} » : illisible ({exc})</source>
      <translation>{name}, sheet “{title}”: unreadable ({exc})</translation>
    </message>
    <message>
      <source>{name}, page {page}</source>
      <translation>{name}, page {page}</translation>
    </message>
    <message>
      <source>{n} absent(s) de l'export (conservé(s))</source>
      <translation>{n} missing from the export (kept)</translation>
    </message>
    <message>
      <source>{n} brouillon(s) ignoré(s)</source>
      <translation>{n} draft(s) ignored</translation>
    </message>
    <message>
      <source>{n} collectivité(s), {share} du coût</source>
      <translation>{n} local authority(ies), {share} of the cost</translation>
    </message>
    <message>
      <source>{n} dossier(s) à ajouter</source>
      <translation>{n} application(s) to add</translation>
    </message>
    <message>
      <source>{n} déjà examiné(s) par le comité : à revoir</source>
      <translation>{n} already examined by the committee: to be reviewed</translation>
    </message>
    <message>
      <source>{n} inchangé(s)</source>
      <translation>{n} unchanged</translation>
    </message>
    <message>
      <source>{n} membres</source>
      <translation>{n} members</translation>
    </message>
    <message>
      <source>{n} membres, {need} au moins sont requis</source>
      <translation>{n} members, at least {need} are required</translation>
    </message>
    <message>
      <source>{n} personne(s) ajoutée(s)</source>
      <translation>{n} person(s) added</translation>
    </message>
    <message>
      <source>{n} personne(s) à ajouter</source>
      <translation>{n} person(s) to add</translation>
    </message>
    <message>
      <source>{n} à mettre à jour</source>
      <translation>{n} to update</translation>
    </message>
    <message>
      <source>{out} : restauration impossible ({strerror})</source>
      <translation>{out}: restore failed ({strerror})</translation>
    </message>
    <message>
      <source>{out} existe déjà : choisissez un autre nom pour le fichier restauré</source>
      <translation>{out} already exists: choose another name for the restored file</translation>
    </message>
    <message>
      <source>{parent} : dossier introuvable</source>
      <translation>{parent}: folder not found</translation>
    </message>
    <message>
      <source>{parts} ; {pieces} pièce(s), {avis} avis d'expert</source>
      <translation>{parts}; {pieces} attachment(s), {avis} expert opinion(s)</translation>
    </message>
    <message>
      <source>{path} : base SQLite d'une autre application, pas un fichier d'appel PTCE</source>
      <translation>{path}: another application's SQLite database, not a PTCE call file</translation>
    </message>
    <message>
      <source>{path} : ce fichier doit être mis à jour pour cette version de PTCE Desktop, mais il est en lecture seule ({read_only}) ; copiez-le dans un dossier où vous pouvez écrire</source>
      <translation>{path}: this file must be updated for this version of PTCE Desktop, but it is read-only ({read_only}); copy it to a folder where you can write</translation>
    </message>
    <message>
      <source>{path} : ce fichier n'est pas une copie de travail ouverte par « ptce package open »</source>
      <translation>{path}: this file is not a working copy opened by “ptce package open”</translation>
    </message>
    <message>
      <source>{path} : ce n'est pas un fichier d'appel PTCE (pas SQLite)</source>
      <translation>{path}: not a PTCE call file (not SQLite)</translation>
    </message>
    <message>
      <source>{path} : ce n'est pas un fichier d'appel PTCE (pas SQLite, ou en-tête endommagé : restaurez une sauvegarde s'il en est un)</source>
      <translation>{path}: not a PTCE call file (not SQLite, or damaged header: restore a backup if it is one)</translation>
    </message>
    <message>
      <source>{path} : disque plein ou erreur d'écriture ; rien n'a été enregistré de cette opération, le fichier est tel qu'avant. Libérez de la place puis recommencez</source>
      <translation>{path}: disk full or write error; nothing of this operation was saved, the file is as it was. Free some space then try again</translation>
    </message>
    <message>
      <source>{path} : fichier créé par une version plus récente de PTCE Desktop (schéma {version}, cette version connaît le schéma {LATEST_VERSION}) ; mettez l'application à jour</source>
      <translation>{path}: file created by a newer version of PTCE Desktop (schema {version}, this version knows schema {LATEST_VERSION}); update the application</translation>
    </message>
    <message>
      <source>{path} : fichier de phrase de passe vide</source>
      <translation>{path}: empty passphrase file</translation>
    </message>
    <message>
      <source>{path} : fichier en lecture seule, modification refusée ; copiez-le dans un dossier où vous pouvez écrire</source>
      <translation>{path}: read-only file, change refused; copy it to a folder where you can write</translation>
    </message>
    <message>
      <source>{path} : fichier endommagé ({detail}) ; restaurez une sauvegarde (ptce backup list {path}, ou Fichier &gt; Restaurer une sauvegarde…)</source>
      <translation>{path}: damaged file ({detail}); restore a backup (ptce backup list {path}, or File &gt; Restore a backup…)</translation>
    </message>
    <message>
      <source>{path} : fichier introuvable</source>
      <translation>{path}: file not found</translation>
    </message>
    <message>
      <source>{path} : illisible ({strerror})</source>
      <translation>{path}: unreadable ({strerror})</translation>
    </message>
    <message>
      <source>{path} : impossible d'ouvrir le fichier ({exc})</source>
      <translation>{path}: cannot open the file ({exc})</translation>
    </message>
    <message>
      <source>{path} : le fichier est utilisé par un autre programme ; réessayez dans un instant</source>
      <translation>{path}: the file is in use by another program; try again in a moment</translation>
    </message>
    <message>
      <source>{path} : le fichier n'est pas en UTF-8</source>
      <translation>{path}: the file is not in UTF-8</translation>
    </message>
    <message>
      <source>{path} : ouvert en lecture seule ({read_only}) ; modification refusée. Copiez le fichier dans un dossier où vous pouvez écrire pour le modifier</source>
      <translation>{path}: opened read-only ({read_only}); change refused. Copy the file to a folder where you can write to change it</translation>
    </message>
    <message>
      <source>{path} : pas de sauvegarde n° {which} ({found_count} sauvegarde(s) ; voir ptce backup list {path})</source>
      <translation>{path}: no backup number {which} ({found_count} backup(s); see ptce backup list {path})</translation>
    </message>
    <message>
      <source>{path} : phrase de passe illisible ({exc})</source>
      <translation>{path}: unreadable passphrase ({exc})</translation>
    </message>
    <message>
      <source>{path} : vérification de l'intégrité du fichier en cours ; modification refusée pour l'instant, réessayez dans un instant</source>
      <translation>{path}: the file's integrity check is running; changes are refused for now, try again in a moment</translation>
    </message>
    <message>
      <source>{path} existe déjà : choisissez un autre nom</source>
      <translation>{path} already exists: choose another name</translation>
    </message>
    <message>
      <source>{problem} (importé, signalé au contrôle)</source>
      <translation>{problem} (imported, flagged for screening)</translation>
    </message>
    <message>
      <source>{rank} (dans l'enveloppe)</source>
      <translation>{rank} (within the envelope)</translation>
    </message>
    <message>
      <source>{rank} (liste complémentaire)</source>
      <translation>{rank} (reserve list)</translation>
    </message>
    <message>
      <source>{role} de séance : personne n° {pid} introuvable</source>
      <translation>session {role}: person no. {pid} not found</translation>
    </message>
    <message>
      <source>{role} de séance : {name} est une personne désactivée</source>
      <translation>session {role}: {name} is a deactivated person</translation>
    </message>
    <message>
      <source>{role} de séance : {name} n'a pas le rôle « {role} » dans l'appel</source>
      <translation>session {role}: {name} does not have the role “{role}” in the call</translation>
    </message>
    <message>
      <source>{size} décompressé, au-delà de la limite de {max_member}</source>
      <translation>{size} decompressed, over the limit of {max_member}</translation>
    </message>
    <message>
      <source>{size}, au-delà de la limite de {max_bytes} par fichier</source>
      <translation>{size}, over the limit of {max_bytes} per file</translation>
    </message>
    <message>
      <source>{source}, {place} : TOML invalide ({what})</source>
      <translation>{source}, {place}: invalid TOML ({what})</translation>
    </message>
    <message>
      <source>{table} : {message}</source>
      <translation>{table}: {message}</translation>
    </message>
    <message>
      <source>{table}, ligne {row} : {message}</source>
      <translation>{table}, row {row}: {message}</translation>
    </message>
    <message>
      <source>{template} : fichier de paramètres introuvable</source>
      <translation>{template}: settings file not found</translation>
    </message>
    <message>
      <source>{total} problème(s)</source>
      <translation>{total} problem(s)</translation>
    </message>
    <message>
      <source>{total} problème(s) ou plus</source>
      <translation>{total} problem(s) or more</translation>
    </message>
    <message>
      <source>{undecided_count} dossier(s) de l'ordre du jour sans décision : {numeros}</source>
      <translation>{undecided_count} dossier(s) on the agenda without a decision: {numeros}</translation>
    </message>
    <message>
      <source>{value_count} caractères, au-delà de la limite de {MAX_CELL_CHARS} par cellule</source>
      <translation>{value_count} characters, over the limit of {MAX_CELL_CHARS} per cell</translation>
    </message>
    <message>
      <source>{what} (à confirmer)</source>
      <translation>{what} (to be confirmed)</translation>
    </message>
    <message>
      <source>{what} : ce procès-verbal signé n'est pas enregistré dans le fichier (ni ses données imprimées)</source>
      <translation>{what}: these signed minutes are not recorded in the file (nor their printed data)</translation>
    </message>
    <message>
      <source>{what} : diffère de l'évaluation soumise déjà reçue</source>
      <translation>{what}: differs from the submitted review already received</translation>
    </message>
    <message>
      <source>{what} : dossier inconnu</source>
      <translation>{what}: unknown application</translation>
    </message>
    <message>
      <source>{what} : dossier qui n'est plus attribué à {rapporteur}</source>
      <translation>{what}: application no longer assigned to {rapporteur}</translation>
    </message>
    <message>
      <source>{what} : faite sur une grille modifiée depuis le paquet</source>
      <translation>{what}: made on a grid changed since the package</translation>
    </message>
    <message>
      <source>{what} : format inconnu ({value})</source>
      <translation>{what}: unknown format ({value})</translation>
    </message>
    <message>
      <source>{what} : identifiant déjà pris par une autre annotation</source>
      <translation>{what}: identifier already used by another note</translation>
    </message>
    <message>
      <source>{what} : la séance {session_id} n'existe plus dans le fichier</source>
      <translation>{what}: session {session_id} no longer exists in the file</translation>
    </message>
    <message>
      <source>{what} : les données imprimées gardées dans le fichier ne sont plus celles que la signature couvre</source>
      <translation>{what}: the printed data kept in the file are no longer those the signature covers</translation>
    </message>
    <message>
      <source>{what} : modifiée au secrétariat et par {rapporteur} : la sienne attend à côté</source>
      <translation>{what}: changed by the secretariat and by {rapporteur}: theirs waits beside it</translation>
    </message>
    <message>
      <source>{what} : modifiée au secrétariat et par {rapporteur} : les deux versions gardées (la sienne en seconde annotation « Version du rapporteur »)</source>
      <translation>{what}: changed by the secretariat and by {rapporteur}: both versions kept (theirs as a second note “Version du rapporteur”)</translation>
    </message>
    <message>
      <source>{what} : modifiée au secrétariat, inchangée par {rapporteur} depuis : version du secrétariat conservée</source>
      <translation>{what}: changed by the secretariat, unchanged by {rapporteur} since: the secretariat's version kept</translation>
    </message>
    <message>
      <source>{what} : point d'ancrage d'un autre appel</source>
      <translation>{what}: anchor of another call</translation>
    </message>
    <message>
      <source>{what} : retour d'un format ancien : version du rapporteur appliquée sans savoir s'il avait vu celle du secrétariat (elle reste dans le journal d'audit)</source>
      <translation>{what}: return in an older format: the rapporteur's version applied without knowing whether they had seen the secretariat's (it stays in the audit log)</translation>
    </message>
    <message>
      <source>{what} : signature altérée</source>
      <translation>{what}: signature altered</translation>
    </message>
    <message>
      <source>{what} : signature indéterminée (certificat non relié aux autorités de confiance)</source>
      <translation>{what}: signature undetermined (certificate not linked to the trusted authorities)</translation>
    </message>
    <message>
      <source>{what} : signé par le président, mais la séance {session_id} n'est pas verrouillée dans le fichier ({value})</source>
      <translation>{what}: signed by the chair, but session {session_id} is not locked in the file ({value})</translation>
    </message>
    <message>
      <source>{what} : suppression d'une annotation d'une autre personne</source>
      <translation>{what}: deletion of another person's note</translation>
    </message>
    <message>
      <source>{what} : supprimée au secrétariat, inchangée par {rapporteur} depuis : pas rétablie</source>
      <translation>{what}: deleted by the secretariat, unchanged by {rapporteur} since: not restored</translation>
    </message>
    <message>
      <source>{what} : supprimée au secrétariat, rétablie par le retour</source>
      <translation>{what}: deleted by the secretariat, restored by the return</translation>
    </message>
    <message>
      <source>{what} : supprimée par {rapporteur} mais modifiée au secrétariat depuis : conservée</source>
      <translation>{what}: deleted by {rapporteur} but changed by the secretariat since: kept</translation>
    </message>
    <message>
      <source>{where} : TOML illisible ({exc})</source>
      <translation>{where}: unreadable TOML ({exc})</translation>
    </message>
    <message>
      <source>{where} : avis « {value} » inconnu ({OPINIONS})</source>
      <translation>{where}: unknown opinion “{value}” ({OPINIONS})</translation>
    </message>
    <message>
      <source>{where} : dossier {numero} déjà à la ligne {seen}</source>
      <translation>{where}: dossier {numero} already on line {seen}</translation>
    </message>
    <message>
      <source>{where} : dossier « {numero} » inconnu dans cet appel</source>
      <translation>{where}: dossier “{numero}” unknown in this call</translation>
    </message>
    <message>
      <source>{where} : en-tête (texte) ou liste d'en-têtes attendu</source>
      <translation>{where}: header (text) or list of headers expected</translation>
    </message>
    <message>
      <source>{where} : l'évaluation du dossier {numero} est déjà soumise ; demandez sa réouverture pour la modifier</source>
      <translation>{where}: the review of dossier {numero} is already submitted; ask for it to be reopened to change it</translation>
    </message>
    <message>
      <source>{where} : note {value:g} hors de l'échelle (un entier de {scale_min} à {scale_max})</source>
      <translation>{where}: score {value:g} outside the scale (a whole number from {scale_min} to {scale_max})</translation>
    </message>
    <message>
      <source>{where} : numéro de dossier manquant</source>
      <translation>{where}: dossier number missing</translation>
    </message>
    <message>
      <source>{where} : {message}</source>
      <translation>{where}: {message}</translation>
    </message>
    <message>
      <source>{where} : {name} a déclaré un conflit d'intérêts sur le dossier {numero}</source>
      <translation>{where}: {name} declared a conflict of interest on dossier {numero}</translation>
    </message>
    <message>
      <source>{where} : {name} n'est pas rapporteur du dossier {numero}</source>
      <translation>{where}: {name} is not a rapporteur of dossier {numero}</translation>
    </message>
    <message>
      <source>{where} : {reason}</source>
      <translation>{where}: {reason}</translation>
    </message>
    <message>
      <source>{where} : « {value} » n'est pas une note</source>
      <translation>{where}: “{value}” is not a score</translation>
    </message>
    <message>
      <source>{where}, [fields] {key} : champ inconnu</source>
      <translation>{where}, [fields] {key}: unknown field</translation>
    </message>
    <message>
      <source>{where}, [fields] {key} : une seule colonne pour ce champ ({label}), pas une liste</source>
      <translation>{where}, [fields] {key}: a single column for this field ({label}), not a list</translation>
    </message>
    <message>
      <source>{where}, [values.{name}] : champ inconnu</source>
      <translation>{where}, [values.{name}]: unknown field</translation>
    </message>
    <message>
      <source>{where}, [values.{name}] « {value} » = « {ours} » : valeur inconnue (attendu : {allowed})</source>
      <translation>{where}, [values.{name}] “{value}” = “{ours}”: unknown value (expected: {allowed})</translation>
    </message>
    <message>
      <source>{where}, [{name}] : table attendue</source>
      <translation>{where}, [{name}]: table expected</translation>
    </message>
    <message>
      <source>{where}, [{name}] {key} : champ inconnu (attendu : {targets})</source>
      <translation>{where}, [{name}] {key}: unknown field (expected: {targets})</translation>
    </message>
    <message>
      <source>{where}, colonne « {column} » : {message}</source>
      <translation>{where}, column “{column}”: {message}</translation>
    </message>
    <message>
      <source>{where}, ligne {row} : {message}</source>
      <translation>{where}, line {row}: {message}</translation>
    </message>
    <message>
      <source>{where}, ligne {row}, colonne « {column} » : {message}</source>
      <translation>{where}, line {row}, column “{column}”: {message}</translation>
    </message>
    <message>
      <source>« {code} » est réservé au départage</source>
      <translation>“{code}” is reserved for tie-breaking</translation>
    </message>
    <message>
      <source>« {key} » est obligatoire et la cellule est vide</source>
      <translation>“{key}” is required and the cell is empty</translation>
    </message>
    <message>
      <source>« {name} »</source>
      <translation>“{name}”</translation>
    </message>
    <message>
      <source>« {shown} »</source>
      <translation>“{shown}”</translation>
    </message>
    <message>
      <source>« {value} »</source>
      <translation>“{value}”</translation>
    </message>
    <message>
      <source>Écart maximal entre rapporteurs</source>
      <translation>Largest gap between rapporteurs</translation>
    </message>
    <message>
      <source>Établissement d'enseignement supérieur</source>
      <translation>Higher education institution</translation>
    </message>
    <message>
      <source>Évaluation</source>
      <translation>Evaluation</translation>
    </message>
    <message>
      <source>Évaluation déjà soumise : rouvrez-la pour la modifier.</source>
      <translation>Review already submitted: reopen it to change it.</translation>
    </message>
    <message>
      <source>Évaluations soumises</source>
      <translation>Submitted reviews</translation>
    </message>
    <message>
      <source>échelle inversée : scale_min ({scale_min}) doit être inférieur à scale_max ({scale_max})</source>
      <translation>inverted scale: scale_min ({scale_min}) must be below scale_max ({scale_max})</translation>
    </message>
    <message>
      <source>étape inconnue : « {stage} » (étapes : {STAGES})</source>
      <translation>unknown stage: “{stage}” (stages: {STAGES})</translation>
    </message>
    <message>
      <source>évaluation déjà soumise : rouvrez-la pour la modifier</source>
      <translation>review already submitted: reopen it to change it</translation>
    </message>
    <message>
      <source>évaluation {dossier}</source>
      <translation>review of {dossier}</translation>
    </message>
    <message>
      <source>évaluation {review_id} introuvable</source>
      <translation>review {review_id} not found</translation>
    </message>
    <message>
      <source>… et {more} autre(s) problème(s)</source>
      <translation>… and {more} other problem(s)</translation>
    </message>
    <message>
      <source>… lecture arrêtée après {limit} problèmes : corrigez-les, puis relancez l'import</source>
      <translation>… reading stopped after {limit} problems: fix them, then run the import again</translation>
    </message>
  </context>
</TS>