<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>CheckText</name>
    <message>
        <location filename="../wizard/checktexts.cpp" line="66"/>
        <source>%1 at %2 UTC</source>
        <translation>%1 à %2 UTC</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="77"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="77"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="82"/>
        <source>&quot;%1&quot;</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="99"/>
        <source>signing certificate (Exchange Enrollment Agent)</source>
        <translation>certificat de signature (Exchange Enrollment Agent)</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="101"/>
        <source>encryption certificate (CEP Encryption)</source>
        <translation>certificat de chiffrement (CEP Encryption)</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="103"/>
        <source>RA signing certificate</source>
        <translation>Certificat RA de signature</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="105"/>
        <source>RA encryption certificate</source>
        <translation>Certificat RA de chiffrement</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="107"/>
        <source>connector certificate</source>
        <translation>Certificat du connecteur</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="124"/>
        <source>the facts this check reads</source>
        <translation>les informations lues par cette vérification</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="144"/>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="152"/>
        <source>Not checked: %1 was not found among the facts read from the server.</source>
        <translation>Non vérifié&#xa0;: %1 ne figure pas parmi les informations lues sur le serveur.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="154"/>
        <source>Not checked: %1 cannot be read on this computer; local checks need the NDES server itself (Windows) or a snapshot taken there.</source>
        <translation>Non vérifié&#xa0;: %1 ne peut pas être lu sur cet ordinateur&#xa0;; les vérifications locales se font sur le serveur NDES lui-même (Windows) ou à partir d’un instantané pris sur ce serveur.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="160"/>
        <source>Not checked: %1 was found but could not be read.</source>
        <translation>Non vérifié&#xa0;: %1 a été trouvé mais n’a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="161"/>
        <source>Not checked: %1 was found but could not be read (%2).</source>
        <translation>Non vérifié&#xa0;: %1 a été trouvé mais n’a pas pu être lu (%2).</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="164"/>
        <source>Not checked yet: this check downloads the CRLs over the network.</source>
        <translation>Pas encore vérifié&#xa0;: cette vérification télécharge les listes de révocation par le réseau.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="166"/>
        <source>Not checked: this version of NDES Doctor does not know this check.</source>
        <translation>Non vérifié&#xa0;: cette version de NDES Doctor ne connaît pas cette vérification.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="175"/>
        <source>The %1 application pool is started.</source>
        <translation>Le pool d’applications %1 est démarré.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="177"/>
        <source>The %1 application pool is stopped, so IIS answers 503 to every SCEP request.</source>
        <translation>Le pool d’applications %1 est arrêté&#xa0;: IIS répond 503 à toutes les requêtes SCEP.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="179"/>
        <source>The %1 application pool is stopping: it no longer serves SCEP requests.</source>
        <translation>Le pool d’applications %1 est en cours d’arrêt&#xa0;: il ne traite plus les requêtes SCEP.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="181"/>
        <source>The %1 application pool is still starting: look again in a minute.</source>
        <translation>Le pool d’applications %1 est encore en train de démarrer&#xa0;: vérifiez de nouveau dans une minute.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="183"/>
        <source>IIS did not give a known state for the %1 application pool.</source>
        <translation>IIS n’a pas donné d’état connu pour le pool d’applications %1.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="185"/>
        <source>IIS has no application pool named %1: the NDES role is not installed, or its pool was removed.</source>
        <translation>IIS n’a aucun pool d’applications nommé %1&#xa0;: le rôle NDES n’est pas installé, ou son pool a été supprimé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/checktexts.cpp" line="196"/>
        <source>The IIS worker process (w3wp.exe) did not crash in the last %n day(s).</source>
        <translation>
            <numerusform>Le processus de travail IIS (w3wp.exe) n’a pas planté au cours du dernier jour.</numerusform>
            <numerusform>Le processus de travail IIS (w3wp.exe) n’a pas planté au cours des %n derniers jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/checktexts.cpp" line="198"/>
        <source>No recent crash of w3wp.exe: the newest one, on %1, is older than %n day(s).</source>
        <translation>
            <numerusform>Aucun plantage récent de w3wp.exe&#xa0;: le plus récent, le %1, date de plus de %n jour.</numerusform>
            <numerusform>Aucun plantage récent de w3wp.exe&#xa0;: le plus récent, le %1, date de plus de %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="202"/>
        <source>unknown module</source>
        <translation>module inconnu</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/checktexts.cpp" line="204"/>
        <source>The IIS worker process (w3wp.exe) crashed %n time(s) in the last %1 days, last on %2 (faulting module: %3).</source>
        <translation>
            <numerusform>Le processus de travail IIS (w3wp.exe) a planté %n fois au cours des %1 derniers jours, la dernière fois le %2 (module en cause&#xa0;: %3).</numerusform>
            <numerusform>Le processus de travail IIS (w3wp.exe) a planté %n fois au cours des %1 derniers jours, la dernière fois le %2 (module en cause&#xa0;: %3).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="216"/>
        <source>Not checked: the export of the trusted root store holds no certificate.</source>
        <translation>Non vérifié&#xa0;: l’export du magasin des autorités racines de confiance ne contient aucun certificat.</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/checktexts.cpp" line="218"/>
        <source>The %n certificate(s) in the trusted root store are all self-signed roots.</source>
        <translation>
            <numerusform>Le certificat du magasin des racines de confiance est bien une racine auto-signée.</numerusform>
            <numerusform>Les %n certificats du magasin des racines de confiance sont tous des racines auto-signées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/checktexts.cpp" line="224"/>
        <source>The trusted root store holds %n certificate(s) that are not roots, such as %1: they belong in the intermediate store, and IIS cannot start the SCEP pool meanwhile.</source>
        <translation>
            <numerusform>Le magasin des racines de confiance contient %n certificat qui n’est pas une racine, %1&#xa0;: il doit aller dans le magasin des autorités intermédiaires&#xa0;; d’ici là, IIS ne peut pas démarrer le pool SCEP.</numerusform>
            <numerusform>Le magasin des racines de confiance contient %n certificats qui ne sont pas des racines, dont %1&#xa0;: ils doivent aller dans le magasin des autorités intermédiaires&#xa0;; d’ici là, IIS ne peut pas démarrer le pool SCEP.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="237"/>
        <source>Not checked: neither the NDES RA certificates nor the connector certificate were found, so there is no CRL address to test.</source>
        <translation>Non vérifié&#xa0;: ni les certificats RA de NDES ni le certificat du connecteur n’ont été trouvés, il n’y a donc aucune adresse de liste de révocation à tester.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="240"/>
        <source>Not checked: the NDES certificates name no CRL distribution point.</source>
        <translation>Non vérifié&#xa0;: les certificats de NDES n’indiquent aucun point de distribution de liste de révocation.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="242"/>
        <source>Not checked: the certificates name no CRL address that can be downloaded over HTTP.</source>
        <translation>Non vérifié&#xa0;: les certificats n’indiquent aucune adresse de liste de révocation téléchargeable en HTTP.</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/checktexts.cpp" line="245"/>
        <source>%n CRL(s) could not be downloaded, such as %1: the SCEP pool fails when it checks its certificates.</source>
        <translation>
            <numerusform>La liste de révocation %1 n’a pas pu être téléchargée&#xa0;: le pool SCEP échoue quand il vérifie ses certificats.</numerusform>
            <numerusform>%n listes de révocation n’ont pas pu être téléchargées, dont %1&#xa0;: le pool SCEP échoue quand il vérifie ses certificats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/checktexts.cpp" line="252"/>
        <source>%n CRL(s) are past their next update date, such as %1: the CA must publish them again.</source>
        <translation>
            <numerusform>La liste de révocation %1 a dépassé sa date de prochaine mise à jour&#xa0;: l’autorité de certification doit la publier de nouveau.</numerusform>
            <numerusform>%n listes de révocation ont dépassé leur date de prochaine mise à jour, dont %1&#xa0;: l’autorité de certification doit les publier de nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/checktexts.cpp" line="259"/>
        <source>%n address(es) answered with something that is not a CRL, such as %1.</source>
        <translation>
            <numerusform>L’adresse %1 a renvoyé autre chose qu’une liste de révocation.</numerusform>
            <numerusform>%n adresses ont renvoyé autre chose qu’une liste de révocation, dont %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/checktexts.cpp" line="264"/>
        <source>The CRLs downloaded over HTTP are up to date, but %n LDAP address(es) could not be tested from here.</source>
        <translation>
            <numerusform>Les listes de révocation téléchargées en HTTP sont à jour, mais %n adresse LDAP n’a pas pu être testée d’ici.</numerusform>
            <numerusform>Les listes de révocation téléchargées en HTTP sont à jour, mais %n adresses LDAP n’ont pas pu être testées d’ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/checktexts.cpp" line="268"/>
        <source>All %n CRL(s) were downloaded and are up to date.</source>
        <translation>
            <numerusform>La liste de révocation a été téléchargée et elle est à jour.</numerusform>
            <numerusform>Les %n listes de révocation ont été téléchargées et sont à jour.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="277"/>
        <source>Not checked: IIS has no CertificateRegistrationSvc application under the Default Web Site.</source>
        <translation>Non vérifié&#xa0;: IIS n’a pas d’application CertificateRegistrationSvc sous le Default Web Site.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="280"/>
        <source>Windows authentication is on for CertificateRegistrationSvc: it must be off, with anonymous authentication on.</source>
        <translation>L’authentification Windows est activée pour CertificateRegistrationSvc&#xa0;: elle doit être désactivée, et l’authentification anonyme activée.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="283"/>
        <source>Anonymous authentication is off for CertificateRegistrationSvc: it must be on.</source>
        <translation>L’authentification anonyme est désactivée pour CertificateRegistrationSvc&#xa0;: elle doit être activée.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="285"/>
        <source>Not checked: the authentication settings of CertificateRegistrationSvc were not found.</source>
        <translation>Non vérifié&#xa0;: les paramètres d’authentification de CertificateRegistrationSvc sont introuvables.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="288"/>
        <source>CertificateRegistrationSvc uses anonymous authentication only, as it should.</source>
        <translation>CertificateRegistrationSvc utilise uniquement l’authentification anonyme, comme il se doit.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="297"/>
        <source>Not checked: the application proxy connector service (WAPCSvc) is not installed on this server.</source>
        <translation>Non vérifié&#xa0;: le service du connecteur de proxy d’application (WAPCSvc) n’est pas installé sur ce serveur.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="300"/>
        <source>The application proxy connector service (WAPCSvc) is not running (state: %1).</source>
        <translation>Le service du connecteur de proxy d’application (WAPCSvc) n’est pas en cours d’exécution (état&#xa0;: %1).</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="303"/>
        <source>The application proxy connector service (WAPCSvc) is running but does not start automatically (start type: %1).</source>
        <translation>Le service du connecteur de proxy d’application (WAPCSvc) fonctionne mais ne démarre pas automatiquement (type de démarrage&#xa0;: %1).</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="307"/>
        <source>The application proxy connector service (WAPCSvc) is running and starts automatically.</source>
        <translation>Le service du connecteur de proxy d’application (WAPCSvc) fonctionne et démarre automatiquement.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="312"/>
        <source>The application proxy connector service (WAPCSvc) is running, but its start type could not be read.</source>
        <translation>Le service du connecteur de proxy d’application (WAPCSvc) fonctionne, mais son type de démarrage n’a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="321"/>
        <source>The request filtering limits are too low for SCEP: maxUrl is %1 and maxQueryString is %2, and both must be at least %3.</source>
        <translation>Les limites du filtrage des requêtes sont trop basses pour SCEP&#xa0;: maxUrl vaut %1 et maxQueryString %2, alors que les deux doivent valoir au moins %3.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="325"/>
        <source>Request filtering lets long SCEP requests through (maxUrl %1, maxQueryString %2).</source>
        <translation>Le filtrage des requêtes laisse passer les requêtes SCEP longues (maxUrl %1, maxQueryString %2).</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="337"/>
        <source>The HTTP.sys limits are too low (%1); they must be at least %2, or long SCEP requests are refused.</source>
        <translation>Les limites de HTTP.sys sont trop basses (%1)&#xa0;; elles doivent valoir au moins %2, sinon les requêtes SCEP longues sont refusées.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="342"/>
        <source>Not set in the registry: %1. HTTP.sys then uses its default of 16 KB, too small for long SCEP requests.</source>
        <translation>Non défini dans le Registre&#xa0;: %1. HTTP.sys utilise alors sa valeur par défaut de 16 Ko, trop petite pour les requêtes SCEP longues.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="346"/>
        <source>The HTTP.sys limits are high enough (MaxFieldLength %1, MaxRequestBytes %2).</source>
        <translation>Les limites de HTTP.sys sont suffisantes (MaxFieldLength %1, MaxRequestBytes %2).</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="357"/>
        <source>Not checked: the SCEP pool runs as the built-in identity %1, which cannot be locked out and has no password to expire.</source>
        <translation>Non vérifié&#xa0;: le pool SCEP s’exécute sous l’identité intégrée %1, qui ne peut pas être verrouillée et n’a pas de mot de passe qui expire.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="361"/>
        <source>The NDES service account %1 is disabled in Active Directory.</source>
        <translation>Le compte de service NDES %1 est désactivé dans Active Directory.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="363"/>
        <source>The NDES service account %1 is locked out in Active Directory.</source>
        <translation>Le compte de service NDES %1 est verrouillé dans Active Directory.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="365"/>
        <source>The password of the NDES service account %1 has expired.</source>
        <translation>Le mot de passe du compte de service NDES %1 a expiré.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="367"/>
        <source>The NDES service account %1 expired on %2.</source>
        <translation>Le compte de service NDES %1 a expiré le %2.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="370"/>
        <source>The NDES service account %1 is enabled and not locked out, and its password is valid.</source>
        <translation>Le compte de service NDES %1 est activé, non verrouillé, et son mot de passe est valide.</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/checktexts.cpp" line="385"/>
        <source>Both NDES RA certificates are valid and have their private key; the first one expires in %n day(s).</source>
        <translation>
            <numerusform>Les deux certificats RA de NDES sont valides et ont leur clé privée&#xa0;; le premier expire dans %n jour.</numerusform>
            <numerusform>Les deux certificats RA de NDES sont valides et ont leur clé privée&#xa0;; le premier expire dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="395"/>
        <source>The NDES RA %1 is missing from the computer&apos;s personal store.</source>
        <translation>Le %1 de l’autorité d’inscription NDES est absent du magasin personnel de l’ordinateur.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="397"/>
        <source>The NDES RA %1 expired on %2, so NDES cannot sign or decrypt SCEP messages.</source>
        <translation>Le %1 de l’autorité d’inscription NDES a expiré le %2&#xa0;: NDES ne peut plus signer ni déchiffrer les messages SCEP.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="400"/>
        <source>The NDES RA %1 has no private key on this server.</source>
        <translation>Le %1 de l’autorité d’inscription NDES n’a pas de clé privée sur ce serveur.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="402"/>
        <source>The NDES RA %1 is not valid yet: check the server&apos;s clock.</source>
        <translation>Le %1 de l’autorité d’inscription NDES n’est pas encore valide&#xa0;: vérifiez l’horloge du serveur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/checktexts.cpp" line="404"/>
        <source>The NDES RA %1 expires on %2, in %n day(s): renew it before then.</source>
        <translation>
            <numerusform>Le %1 de l’autorité d’inscription NDES expire le %2, dans %n jour&#xa0;: renouvelez-le d’ici là.</numerusform>
            <numerusform>Le %1 de l’autorité d’inscription NDES expire le %2, dans %n jours&#xa0;: renouvelez-le d’ici là.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="424"/>
        <source>Not checked: no installation log (SetupMsi.log) of the Intune Certificate Connector was found.</source>
        <translation>Non vérifié&#xa0;: aucun journal d’installation (SetupMsi.log) du connecteur de certificats Intune n’a été trouvé.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="427"/>
        <source>Not checked: the installation logs of the Intune Certificate Connector could not be read.</source>
        <translation>Non vérifié&#xa0;: les journaux d’installation du connecteur de certificats Intune n’ont pas pu être lus.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="431"/>
        <source>The Intune Certificate Connector was installed successfully.</source>
        <translation>Le connecteur de certificats Intune a été installé avec succès.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="432"/>
        <source>The Intune Certificate Connector (version %1) was installed successfully.</source>
        <translation>Le connecteur de certificats Intune (version %1) a été installé avec succès.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="435"/>
        <source>The installation of the Intune Certificate Connector failed (see %1): NDES runs without its policy module.</source>
        <translation>L’installation du connecteur de certificats Intune a échoué (voir %1)&#xa0;: NDES fonctionne sans son module de stratégie.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="439"/>
        <source>The installation of the Intune Certificate Connector was cancelled before it finished.</source>
        <translation>L’installation du connecteur de certificats Intune a été annulée avant la fin.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="442"/>
        <source>The installation log of the Intune Certificate Connector does not say whether it succeeded.</source>
        <translation>Le journal d’installation du connecteur de certificats Intune n’indique pas si elle a réussi.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="451"/>
        <source>IIS_IUSRS holds the right &quot;Impersonate a client after authentication&quot;.</source>
        <translation>IIS_IUSRS détient le droit «&#xa0;Emprunter l’identité d’un client après l’authentification&#xa0;».</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="453"/>
        <source>IIS_IUSRS (S-1-5-32-568) lacks the right &quot;Impersonate a client after authentication&quot; (SeImpersonatePrivilege): IIS answers 500 with status 1346.</source>
        <translation>IIS_IUSRS (S-1-5-32-568) n’a pas le droit «&#xa0;Emprunter l’identité d’un client après l’authentification&#xa0;» (SeImpersonatePrivilege)&#xa0;: IIS répond 500 avec le code 1346.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="456"/>
        <source>The local policy gives the right &quot;Impersonate a client after authentication&quot; (SeImpersonatePrivilege) to nobody: IIS_IUSRS needs it.</source>
        <translation>La stratégie locale n’accorde à personne le droit «&#xa0;Emprunter l’identité d’un client après l’authentification&#xa0;» (SeImpersonatePrivilege)&#xa0;: IIS_IUSRS en a besoin.</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="499"/>
        <source>Fact</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="500"/>
        <source>Fact status</source>
        <translation>État de l’information</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="501"/>
        <source>Read from</source>
        <translation>Lu depuis</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="502"/>
        <source>Configuration read from</source>
        <translation>Configuration lue depuis</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="503"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="504"/>
        <source>Application pool</source>
        <translation>Pool d’applications</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="505"/>
        <source>Application pools found</source>
        <translation>Pools d’applications trouvés</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="506"/>
        <location filename="../wizard/checktexts.cpp" line="697"/>
        <location filename="../wizard/checktexts.cpp" line="713"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="507"/>
        <source>State as printed</source>
        <translation>État tel qu’affiché</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="508"/>
        <source>Exit code</source>
        <translation>Code de sortie</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="509"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="510"/>
        <source>User right</source>
        <translation>Droit utilisateur</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="511"/>
        <source>SID looked for</source>
        <translation>SID recherché</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="512"/>
        <source>Holders of the right</source>
        <translation>Détenteurs du droit</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="513"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="514"/>
        <source>Error code</source>
        <translation>Code d’erreur</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="515"/>
        <source>Start type</source>
        <translation>Type de démarrage</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="516"/>
        <source>Start type as printed</source>
        <translation>Type de démarrage tel qu’affiché</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="517"/>
        <source>Delayed start</source>
        <translation>Démarrage différé</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="518"/>
        <source>maxUrl</source>
        <translation>maxUrl</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="519"/>
        <source>maxQueryString</source>
        <translation>maxQueryString</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="520"/>
        <source>maxUrl set in</source>
        <translation>maxUrl défini dans</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="521"/>
        <source>maxQueryString set in</source>
        <translation>maxQueryString défini dans</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="522"/>
        <source>Minimum needed</source>
        <translation>Minimum requis</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="523"/>
        <source>Configuration problems found</source>
        <translation>Problèmes de configuration trouvés</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="524"/>
        <source>Registry key found</source>
        <translation>Clé de Registre trouvée</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="525"/>
        <source>MaxFieldLength</source>
        <translation>MaxFieldLength</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="526"/>
        <source>MaxRequestBytes</source>
        <translation>MaxRequestBytes</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="527"/>
        <source>Below the minimum</source>
        <translation>Sous le minimum</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="528"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="529"/>
        <source>IIS path</source>
        <translation>Chemin IIS</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="530"/>
        <source>Anonymous authentication on</source>
        <translation>Authentification anonyme activée</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="531"/>
        <source>Windows authentication on</source>
        <translation>Authentification Windows activée</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="532"/>
        <source>Anonymous authentication set in</source>
        <translation>Authentification anonyme définie dans</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="533"/>
        <source>Windows authentication set in</source>
        <translation>Authentification Windows définie dans</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="534"/>
        <source>Warning when fewer days left than</source>
        <translation>Alerte sous ce nombre de jours restants</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="535"/>
        <source>Private keys</source>
        <translation>Clés privées</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="536"/>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="537"/>
        <source>Unreadable files</source>
        <translation>Fichiers illisibles</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="538"/>
        <source>Days looked back</source>
        <translation>Jours examinés</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="539"/>
        <source>Looked back to</source>
        <translation>Examiné depuis</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="540"/>
        <source>Crashes</source>
        <translation>Plantages</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="541"/>
        <source>Newest crash</source>
        <translation>Plantage le plus récent</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="542"/>
        <source>Faulting module</source>
        <translation>Module en cause</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="543"/>
        <source>Exception code</source>
        <translation>Code d’exception</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="544"/>
        <source>Event record</source>
        <translation>Enregistrement d’événement</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="545"/>
        <source>Older crashes</source>
        <translation>Plantages plus anciens</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="546"/>
        <source>Newest older crash</source>
        <translation>Plus récent des plantages anciens</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="547"/>
        <source>Pool identity type</source>
        <translation>Type d’identité du pool</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="548"/>
        <source>Pool identity</source>
        <translation>Identité du pool</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="549"/>
        <source>Built-in identity</source>
        <translation>Identité intégrée</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="550"/>
        <source>Account kind</source>
        <translation>Type de compte</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="551"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="552"/>
        <source>Distinguished name</source>
        <translation>Nom unique (DN)</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="553"/>
        <source>Password managed by Windows</source>
        <translation>Mot de passe géré par Windows</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="554"/>
        <source>Account expires</source>
        <translation>Expiration du compte</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="555"/>
        <source>Password last set</source>
        <translation>Dernier changement du mot de passe</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="556"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="557"/>
        <source>Connector certificate thumbprint</source>
        <translation>Empreinte du certificat du connecteur</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="558"/>
        <source>Checked at</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="559"/>
        <source>LDAP addresses not tested</source>
        <translation>Adresses LDAP non testées</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="560"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="561"/>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="562"/>
        <source>Thumbprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="563"/>
        <source>Valid until</source>
        <translation>Valide jusqu’au</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="564"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="565"/>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="566"/>
        <source>Found by template name</source>
        <translation>Trouvé par le nom de modèle</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="567"/>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="568"/>
        <source>Self-issued</source>
        <translation>Auto-émis</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="569"/>
        <source>Self-signed</source>
        <translation>Auto-signé</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="570"/>
        <source>CRL addresses</source>
        <translation>Adresses des listes de révocation</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="571"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="572"/>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="573"/>
        <source>Network error code</source>
        <translation>Code d’erreur réseau</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="574"/>
        <source>Timeout (ms)</source>
        <translation>Délai d’attente (ms)</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="575"/>
        <source>CRL published</source>
        <translation>Liste publiée le</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="576"/>
        <source>Next update</source>
        <translation>Prochaine mise à jour</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="577"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="578"/>
        <source>Deciding lines</source>
        <translation>Lignes déterminantes</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="579"/>
        <source>Known signatures</source>
        <translation>Signatures connues</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="580"/>
        <source>Log complete</source>
        <translation>Journal complet</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="592"/>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="594"/>
        <source>expiring soon</source>
        <translation>expire bientôt</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="596"/>
        <source>not valid yet</source>
        <translation>pas encore valide</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="598"/>
        <source>no private key</source>
        <translation>sans clé privée</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="600"/>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="602"/>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="609"/>
        <source>up to date</source>
        <translation>à jour</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="611"/>
        <source>past its next update</source>
        <translation>date de prochaine mise à jour dépassée</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="613"/>
        <source>could not be downloaded</source>
        <translation>téléchargement impossible</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="615"/>
        <source>not a CRL</source>
        <translation>pas une liste de révocation</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="622"/>
        <source>succeeded</source>
        <translation>réussie</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="624"/>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="626"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="628"/>
        <source>outcome unknown</source>
        <translation>résultat inconnu</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="630"/>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="652"/>
        <source>not recorded</source>
        <translation>non enregistrée</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="654"/>
        <source>reading failed</source>
        <translation>échec de la lecture</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="656"/>
        <source>not available here</source>
        <translation>non disponible ici</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="658"/>
        <source>read</source>
        <translation>lue</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="664"/>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="666"/>
        <source>locked out</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="668"/>
        <source>password expired</source>
        <translation>mot de passe expiré</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="670"/>
        <source>account expired</source>
        <translation>compte expiré</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="677"/>
        <source>not listed in the export</source>
        <translation>non listées dans l’export</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="679"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="697"/>
        <location filename="../wizard/checktexts.cpp" line="703"/>
        <location filename="../wizard/checktexts.cpp" line="713"/>
        <location filename="../wizard/checktexts.cpp" line="718"/>
        <location filename="../wizard/checktexts.cpp" line="727"/>
        <location filename="../wizard/checktexts.cpp" line="734"/>
        <location filename="../wizard/checktexts.cpp" line="743"/>
        <location filename="../wizard/checktexts.cpp" line="862"/>
        <location filename="../wizard/checktexts.cpp" line="864"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="709"/>
        <source>Days left: %1</source>
        <translation>Jours restants&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/checktexts.cpp" line="710"/>
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>Expiré depuis %n jour</numerusform>
            <numerusform>Expiré depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="734"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="738"/>
        <location filename="../wizard/checktexts.cpp" line="845"/>
        <location filename="../wizard/checktexts.cpp" line="852"/>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="752"/>
        <source>SCEP application pool</source>
        <translation>Pool d’applications SCEP</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="754"/>
        <source>IIS worker process crashes</source>
        <translation>Plantages du processus de travail IIS</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="756"/>
        <source>Trusted root store</source>
        <translation>Magasin des racines de confiance</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="758"/>
        <source>Certificate revocation lists</source>
        <translation>Listes de révocation des certificats</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="760"/>
        <source>CertificateRegistrationSvc authentication</source>
        <translation>Authentification de CertificateRegistrationSvc</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="762"/>
        <source>Application proxy connector service</source>
        <translation>Service du connecteur de proxy d’application</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="764"/>
        <source>IIS request filtering limits</source>
        <translation>Limites du filtrage des requêtes IIS</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="766"/>
        <source>HTTP.sys request limits</source>
        <translation>Limites des requêtes HTTP.sys</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="768"/>
        <source>NDES service account</source>
        <translation>Compte de service NDES</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="770"/>
        <source>NDES RA certificates</source>
        <translation>Certificats RA de NDES</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="772"/>
        <source>Intune Certificate Connector installation</source>
        <translation>Installation du connecteur de certificats Intune</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="774"/>
        <source>Impersonation right of IIS_IUSRS</source>
        <translation>Droit d’emprunt d’identité d’IIS_IUSRS</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="781"/>
        <source>Is the SCEP application pool in IIS started?</source>
        <translation>Le pool d’applications SCEP est-il démarré dans IIS&#xa0;?</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="783"/>
        <source>Did the IIS worker process (w3wp.exe) crash recently (event 1000 in the Application log)?</source>
        <translation>Le processus de travail IIS (w3wp.exe) a-t-il planté récemment (événement 1000 du journal Application)&#xa0;?</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="786"/>
        <source>Does the computer&apos;s trusted root store hold only self-signed root certificates?</source>
        <translation>Le magasin des autorités racines de confiance de l’ordinateur ne contient-il que des certificats racines auto-signés&#xa0;?</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="788"/>
        <source>Can the CRLs named in the NDES and connector certificates be downloaded, and are they up to date?</source>
        <translation>Les listes de révocation indiquées dans les certificats de NDES et du connecteur sont-elles téléchargeables et à jour&#xa0;?</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="791"/>
        <source>Does CertificateRegistrationSvc use anonymous authentication, with Windows authentication off?</source>
        <translation>CertificateRegistrationSvc utilise-t-il l’authentification anonyme, avec l’authentification Windows désactivée&#xa0;?</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="794"/>
        <source>Is the application proxy connector service (WAPCSvc) running, and does it start automatically?</source>
        <translation>Le service du connecteur de proxy d’application (WAPCSvc) fonctionne-t-il, et démarre-t-il automatiquement&#xa0;?</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="797"/>
        <source>Do the IIS request filtering limits (maxUrl, maxQueryString) let long SCEP requests through?</source>
        <translation>Les limites du filtrage des requêtes IIS (maxUrl, maxQueryString) laissent-elles passer les requêtes SCEP longues&#xa0;?</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="800"/>
        <source>Are the HTTP.sys limits MaxFieldLength and MaxRequestBytes raised to 65534 in the registry?</source>
        <translation>Les limites MaxFieldLength et MaxRequestBytes de HTTP.sys sont-elles portées à 65534 dans le Registre&#xa0;?</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="803"/>
        <source>Is the account the SCEP pool runs as usable: not locked out, disabled or expired?</source>
        <translation>Le compte sous lequel s’exécute le pool SCEP est-il utilisable&#xa0;: ni verrouillé, ni désactivé, ni expiré&#xa0;?</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="805"/>
        <source>Are both NDES RA certificates present, valid for more than 30 days, and with their private key?</source>
        <translation>Les deux certificats RA de NDES sont-ils présents, valides encore plus de 30 jours, et avec leur clé privée&#xa0;?</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="808"/>
        <source>Did the installation of the Intune Certificate Connector succeed?</source>
        <translation>L’installation du connecteur de certificats Intune a-t-elle réussi&#xa0;?</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="810"/>
        <source>Does IIS_IUSRS hold the right &quot;Impersonate a client after authentication&quot;?</source>
        <translation>IIS_IUSRS détient-il le droit «&#xa0;Emprunter l’identité d’un client après l’authentification&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="817"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="818"/>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="819"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="820"/>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="834"/>
        <source>%1: %2 (%3).</source>
        <translation>%1&#xa0;: %2 (%3).</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="848"/>
        <source>Not a root certificate:</source>
        <translation>Certificat qui n’est pas une racine&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="857"/>
        <source>CRL download:</source>
        <translation>Téléchargement de liste de révocation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizard/checktexts.cpp" line="860"/>
        <source>Installation log:</source>
        <translation>Journal d’installation&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ConnectorText</name>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="50"/>
        <source>The connector logged a failed SCEP request at issuance (event 4001, ScepRequestIssuedFailure), %n time(s).</source>
        <translation>
            <numerusform>Le connecteur a signalé l’échec d’une demande SCEP à l’émission (événement 4001, ScepRequestIssuedFailure), %n fois.</numerusform>
            <numerusform>Le connecteur a signalé l’échec d’une demande SCEP à l’émission (événement 4001, ScepRequestIssuedFailure), %n fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="51"/>
        <source>The connector logged a failed SCEP request upload (event 4002, ScepRequestUploadFailure), %n time(s).</source>
        <translation>
            <numerusform>Le connecteur a signalé l’échec de l’envoi d’une demande SCEP (événement 4002, ScepRequestUploadFailure), %n fois.</numerusform>
            <numerusform>Le connecteur a signalé l’échec de l’envoi d’une demande SCEP (événement 4002, ScepRequestUploadFailure), %n fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="52"/>
        <source>The connector could not verify a SCEP request (event 4005, ScepVerifyFailure), %n time(s).</source>
        <translation>
            <numerusform>Le connecteur n’a pas pu vérifier une demande SCEP (événement 4005, ScepVerifyFailure), %n fois.</numerusform>
            <numerusform>Le connecteur n’a pas pu vérifier une demande SCEP (événement 4005, ScepVerifyFailure), %n fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="53"/>
        <source>Issuing the certificate failed after the request was verified (event 4007, ScepIssuedFailure), %n time(s).</source>
        <translation>
            <numerusform>L’émission du certificat a échoué après la vérification de la demande (événement 4007, ScepIssuedFailure), %n fois.</numerusform>
            <numerusform>L’émission du certificat a échoué après la vérification de la demande (événement 4007, ScepIssuedFailure), %n fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="54"/>
        <source>An attempt to notify Intune of an issued certificate failed (event 4009, ScepNotifyAttemptFailed), %n time(s).</source>
        <translation>
            <numerusform>Une tentative de signaler à Intune un certificat émis a échoué (événement 4009, ScepNotifyAttemptFailed), %n fois.</numerusform>
            <numerusform>Une tentative de signaler à Intune un certificat émis a échoué (événement 4009, ScepNotifyAttemptFailed), %n fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="55"/>
        <source>The connector could not save a notification for Intune to disk (event 4010, ScepNotifySaveToDiskFailed), %n time(s).</source>
        <translation>
            <numerusform>Le connecteur n’a pas pu enregistrer sur le disque une notification destinée à Intune (événement 4010, ScepNotifySaveToDiskFailed), %n fois.</numerusform>
            <numerusform>Le connecteur n’a pas pu enregistrer sur le disque une notification destinée à Intune (événement 4010, ScepNotifySaveToDiskFailed), %n fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="57"/>
        <source>The connector logged event %1 with level %2, %n time(s).</source>
        <translation>
            <numerusform>Le connecteur a enregistré l’événement %1 avec le niveau %2, %n fois.</numerusform>
            <numerusform>Le connecteur a enregistré l’événement %1 avec le niveau %2, %n fois.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="74"/>
        <source>The connector&apos;s registration service (CertificateRegistrationSvc) refused the policy module&apos;s check with HTTP %1.</source>
        <translation>Le service d’inscription du connecteur (CertificateRegistrationSvc) a refusé la vérification du module de stratégie avec le code HTTP %1.</translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="75"/>
        <source>The connector&apos;s registration service (CertificateRegistrationSvc) refused the policy module&apos;s check with HTTP %1: &quot;%2&quot;.</source>
        <translation>Le service d’inscription du connecteur (CertificateRegistrationSvc) a refusé la vérification du module de stratégie avec le code HTTP %1&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="78"/>
        <source>The connector&apos;s registration service answered the policy module&apos;s check with an error page: &quot;%1&quot;.</source>
        <translation>Le service d’inscription du connecteur a répondu à la vérification du module de stratégie par une page d’erreur&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="79"/>
        <source>The connector&apos;s registration service answered the policy module&apos;s check with an error page, HTTP %1: &quot;%2&quot;.</source>
        <translation>Le service d’inscription du connecteur a répondu à la vérification du module de stratégie par une page d’erreur, code HTTP %1&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="82"/>
        <source>The policy module&apos;s check got an answer that is neither true nor false: &quot;%1&quot;.</source>
        <translation>La vérification du module de stratégie a reçu une réponse qui n’est ni true ni false&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="85"/>
        <source>The policy module refused the server&apos;s certificate when it called the registration service (error 12175): the name in the certificate does not match the name it called.</source>
        <translation>Le module de stratégie a refusé le certificat du serveur en appelant le service d’inscription (erreur 12175)&#xa0;: le nom du certificat ne correspond pas au nom appelé.</translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="86"/>
        <source>The policy module could not set up a secure connection to the registration service (error 12175): it does not accept the server&apos;s certificate.</source>
        <translation>Le module de stratégie n’a pas pu établir de connexion sécurisée avec le service d’inscription (erreur 12175)&#xa0;: il n’accepte pas le certificat du serveur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="89"/>
        <source>The policy module could not send its request %1 (WinHTTP error %2), %n time(s).</source>
        <translation>
            <numerusform>Le module de stratégie n’a pas pu envoyer sa requête %1 (erreur WinHTTP %2), %n fois.</numerusform>
            <numerusform>Le module de stratégie n’a pas pu envoyer sa requête %1 (erreur WinHTTP %2), %n fois.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="92"/>
        <source>The log stops right after the policy module sent its request to the registration service: no answer came back.</source>
        <translation>Le journal s’arrête juste après l’envoi de la requête du module de stratégie au service d’inscription&#xa0;: aucune réponse n’est revenue.</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="93"/>
        <source>The policy module sent its request to the registration service and no answer was logged, %n time(s).</source>
        <translation>
            <numerusform>Le module de stratégie a envoyé sa requête au service d’inscription sans qu’aucune réponse soit enregistrée, %n fois.</numerusform>
            <numerusform>Le module de stratégie a envoyé sa requête au service d’inscription sans qu’aucune réponse soit enregistrée, %n fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="98"/>
        <source>The registration service rejected the request&apos;s challenge, %n time(s).</source>
        <translation>
            <numerusform>Le service d’inscription a refusé le challenge de la demande, %n fois.</numerusform>
            <numerusform>Le service d’inscription a refusé le challenge de la demande, %n fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="101"/>
        <source>Validation phase %1 of the challenge check failed, %n time(s).</source>
        <translation>
            <numerusform>La phase de validation %1 de la vérification du challenge a échoué, %n fois.</numerusform>
            <numerusform>La phase de validation %1 de la vérification du challenge a échoué, %n fois.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="103"/>
        <source>The policy module&apos;s check ended with error code %1.</source>
        <translation>La vérification du module de stratégie s’est terminée avec le code d’erreur %1.</translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="105"/>
        <source>The registration service could not retrieve its signing certificate, so it cannot check challenges.</source>
        <translation>Le service d’inscription n’a pas pu récupérer son certificat de signature&#xa0;: il ne peut donc pas vérifier les challenges.</translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="107"/>
        <source>The registration service failed on an invalid certificate handle (m_safeCertContext) while checking a challenge.</source>
        <translation>Le service d’inscription a échoué sur un descripteur de certificat non valide (m_safeCertContext) en vérifiant un challenge.</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="109"/>
        <source>The connector&apos;s trace holds %n other error(s).</source>
        <translation>
            <numerusform>La trace du connecteur contient %n autre erreur.</numerusform>
            <numerusform>La trace du connecteur contient %n autres erreurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="111"/>
        <source>The policy module could not report an issued certificate to Intune (code %1), %n time(s).</source>
        <translation>
            <numerusform>Le module de stratégie n’a pas pu signaler un certificat émis à Intune (code %1), %n fois.</numerusform>
            <numerusform>Le module de stratégie n’a pas pu signaler un certificat émis à Intune (code %1), %n fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="113"/>
        <source>The export holds %n SCEP event(s) of the connector.</source>
        <translation>
            <numerusform>L’export contient %n événement SCEP du connecteur.</numerusform>
            <numerusform>L’export contient %n événements SCEP du connecteur.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="115"/>
        <source>This log shows no SCEP request.</source>
        <translation>Ce journal ne montre aucune demande SCEP.</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="117"/>
        <source>%n record(s) of this log could not be read.</source>
        <translation>
            <numerusform>%n enregistrement de ce journal n’a pas pu être lu.</numerusform>
            <numerusform>%n enregistrements de ce journal n’ont pas pu être lus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="126"/>
        <source>NDESPlugin.log (policy module)</source>
        <translation>NDESPlugin.log (module de stratégie)</translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="127"/>
        <source>Connector trace (.svclog)</source>
        <translation>Trace du connecteur (.svclog)</translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="128"/>
        <source>Connector events 4000 to 4010</source>
        <translation>Événements 4000 à 4010 du connecteur</translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="136"/>
        <source>Challenge verified for the policy module</source>
        <translation>Challenge vérifié pour le module de stratégie</translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="137"/>
        <source>Certificate issued by the CA</source>
        <translation>Certificat émis par l’autorité de certification</translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="138"/>
        <source>Certificate delivered to the device</source>
        <translation>Certificat remis à l’appareil</translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="139"/>
        <source>Issuance reported to Intune</source>
        <translation>Émission signalée à Intune</translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="147"/>
        <source>started, no outcome logged</source>
        <translation>commencée, sans résultat enregistré</translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="148"/>
        <source>reached</source>
        <translation>atteinte</translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="149"/>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="162"/>
        <source>%1: succeeded %n time(s).</source>
        <translation>
            <numerusform>%1&#xa0;: réussi %n fois.</numerusform>
            <numerusform>%1&#xa0;: réussi %n fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="163"/>
        <source>%1: succeeded last time, after %n failure(s).</source>
        <translation>
            <numerusform>%1&#xa0;: réussi la dernière fois, après %n échec.</numerusform>
            <numerusform>%1&#xa0;: réussi la dernière fois, après %n échecs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="166"/>
        <source>%1: failed %n time(s), never succeeded.</source>
        <translation>
            <numerusform>%1&#xa0;: échec %n fois, jamais réussi.</numerusform>
            <numerusform>%1&#xa0;: échec %n fois, jamais réussi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/connectortexts.cpp" line="167"/>
        <source>%1: failed last time, after %n success(es).</source>
        <translation>
            <numerusform>%1&#xa0;: échec la dernière fois, après %n réussite.</numerusform>
            <numerusform>%1&#xa0;: échec la dernière fois, après %n réussites.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="169"/>
        <source>%1: started, with no outcome logged.</source>
        <translation>%1&#xa0;: commencé, sans résultat enregistré.</translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="177"/>
        <source>These logs show no SCEP request.</source>
        <translation>Ces journaux ne montrent aucune demande SCEP.</translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="180"/>
        <source>Requests stop at stage %1: %2.</source>
        <translation>Les demandes s’arrêtent à l’étape %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../wizard/connectortexts.cpp" line="183"/>
        <source>The last requests got as far as stage %1: %2.</source>
        <translation>Les dernières demandes sont allées jusqu’à l’étape %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>DeviceText</name>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="12"/>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="13"/>
        <source>iOS / iPadOS</source>
        <translation>iOS / iPadOS</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="16"/>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="22"/>
        <source>Company Portal log (OMADM.log)</source>
        <translation>Journal du Portail d’entreprise (OMADM.log)</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="23"/>
        <source>Console text copied from the Mac</source>
        <translation>Texte de la Console copié depuis le Mac</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="24"/>
        <source>Console text saved as RTF by TextEdit</source>
        <translation>Texte de la Console enregistré en RTF par TextEdit</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="25"/>
        <source>Device syslog</source>
        <translation>Journal système de l’appareil (syslog)</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="26"/>
        <source>Windows events exported as XML</source>
        <translation>Événements Windows exportés en XML</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="29"/>
        <source>Windows events exported as text</source>
        <translation>Événements Windows exportés en texte</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="35"/>
        <source>Profile received</source>
        <translation>Profil reçu</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="36"/>
        <source>Contact with NDES</source>
        <translation>Contact avec NDES</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="37"/>
        <source>GetCACaps answered</source>
        <translation>Réponse à GetCACaps</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="38"/>
        <source>GetCACert answered</source>
        <translation>Réponse à GetCACert</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="39"/>
        <source>Certificate request sent</source>
        <translation>Demande de certificat envoyée</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="40"/>
        <source>NDES answer (CertRep)</source>
        <translation>Réponse de NDES (CertRep)</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="43"/>
        <source>Certificate installed</source>
        <translation>Certificat installé</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="50"/>
        <source>The device received the SCEP certificate profile from Intune.</source>
        <translation>L’appareil a reçu d’Intune le profil de certificat SCEP.</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="51"/>
        <source>Nothing shows that the device received the SCEP certificate profile.</source>
        <translation>Rien n’indique que l’appareil a reçu le profil de certificat SCEP.</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="53"/>
        <source>The device reached the NDES server and got an answer.</source>
        <translation>L’appareil a joint le serveur NDES et obtenu une réponse.</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="54"/>
        <source>Nothing shows that the device got an answer from the NDES server.</source>
        <translation>Rien n’indique que l’appareil a obtenu une réponse du serveur NDES.</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="56"/>
        <source>NDES told the device which SCEP capabilities it supports (GetCACaps).</source>
        <translation>NDES a indiqué à l’appareil les fonctions SCEP qu’il prend en charge (GetCACaps).</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="57"/>
        <source>The device did not get the list of SCEP capabilities (GetCACaps).</source>
        <translation>L’appareil n’a pas obtenu la liste des fonctions SCEP (GetCACaps).</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="59"/>
        <source>The device downloaded the CA and NDES certificates (GetCACert).</source>
        <translation>L’appareil a téléchargé les certificats de l’autorité de certification et de NDES (GetCACert).</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="60"/>
        <source>The device did not get usable CA and NDES certificates (GetCACert).</source>
        <translation>L’appareil n’a pas obtenu de certificats exploitables pour l’autorité de certification et NDES (GetCACert).</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="62"/>
        <source>The device sent its certificate request to NDES.</source>
        <translation>L’appareil a envoyé sa demande de certificat à NDES.</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="63"/>
        <source>Nothing shows that the device sent its certificate request.</source>
        <translation>Rien n’indique que l’appareil a envoyé sa demande de certificat.</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="65"/>
        <source>NDES answered the certificate request.</source>
        <translation>NDES a répondu à la demande de certificat.</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="66"/>
        <source>No answer from NDES to the certificate request appears in the log.</source>
        <translation>Le journal ne montre aucune réponse de NDES à la demande de certificat.</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="69"/>
        <source>The certificate is installed on the device.</source>
        <translation>Le certificat est installé sur l’appareil.</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="70"/>
        <source>The certificate was not installed on the device.</source>
        <translation>Le certificat n’a pas été installé sur l’appareil.</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="76"/>
        <source>The certification authority issued the certificate.</source>
        <translation>L’autorité de certification a délivré le certificat.</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="78"/>
        <source>The request is waiting for approval on the certification authority.</source>
        <translation>La demande attend d’être approuvée sur l’autorité de certification.</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="82"/>
        <source>The certification authority refused the request.</source>
        <translation>L’autorité de certification a refusé la demande.</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="83"/>
        <source>The certification authority refused the request (reason: %1).</source>
        <translation>L’autorité de certification a refusé la demande (motif&#xa0;: %1).</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="92"/>
        <source>The server refused the request (HTTP 403 Forbidden).</source>
        <translation>Le serveur a refusé la demande (HTTP 403 Forbidden).</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="95"/>
        <source>The SCEP address was not found (HTTP 404): check the URL in the profile and, with Azure AD Application Proxy, the published URL.</source>
        <translation>L’adresse SCEP est introuvable (HTTP 404)&#xa0;: vérifiez l’URL du profil et, avec le proxy d’application Azure AD, l’URL publiée.</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="98"/>
        <source>NDES failed while handling the request (HTTP 500): look at the NDES server and its logs.</source>
        <translation>NDES a échoué en traitant la demande (HTTP 500)&#xa0;: examinez le serveur NDES et ses journaux.</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="101"/>
        <source>NDES was unavailable (HTTP 503): its application pool may be stopped.</source>
        <translation>NDES était indisponible (HTTP 503)&#xa0;: son pool d’applications est peut-être arrêté.</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="104"/>
        <source>NDES answered with the HTTP error %1.</source>
        <translation>NDES a répondu par l’erreur HTTP %1.</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="106"/>
        <source>The device could not connect to the NDES address: name resolution, network or proxy problem.</source>
        <translation>L’appareil n’a pas pu se connecter à l’adresse de NDES&#xa0;: problème de résolution de nom, de réseau ou de proxy.</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="109"/>
        <source>The device rejected the answer of NDES as invalid: the certificate chain does not match the trusted root in the profile, or it uses signatures the device refuses.</source>
        <translation>L’appareil a rejeté la réponse de NDES comme non valide&#xa0;: la chaîne de certificats ne correspond pas à la racine de confiance du profil, ou elle utilise des signatures que l’appareil refuse.</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="112"/>
        <source>The device does not trust the certificates presented by the server.</source>
        <translation>L’appareil ne fait pas confiance aux certificats présentés par le serveur.</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="115"/>
        <source>The certification authority refused the certificate request.</source>
        <translation>L’autorité de certification a refusé la demande de certificat.</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="118"/>
        <source>The request was left waiting for approval and no certificate followed.</source>
        <translation>La demande est restée en attente d’approbation et aucun certificat n’a suivi.</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="121"/>
        <source>The device could not obtain its SCEP certificate.</source>
        <translation>L’appareil n’a pas pu obtenir son certificat SCEP.</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="123"/>
        <source>The certificate could not be installed on the device.</source>
        <translation>Le certificat n’a pas pu être installé sur l’appareil.</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="125"/>
        <source>Windows reported a SCEP error; the error code tells why (0x800b0109: the root certificate is not trusted).</source>
        <translation>Windows a signalé une erreur SCEP&#xa0;; le code d’erreur en donne la raison (0x800b0109&#xa0;: le certificat racine n’est pas approuvé).</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="127"/>
        <source>The log shows an error during enrollment.</source>
        <translation>Le journal montre une erreur pendant l’inscription.</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="133"/>
        <source>The log shows no certificate enrollment.</source>
        <translation>Le journal ne montre aucune inscription de certificat.</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="135"/>
        <source>The device got through every step: the certificate is installed.</source>
        <translation>L’appareil a franchi toutes les étapes&#xa0;: le certificat est installé.</translation>
    </message>
    <message>
        <location filename="../wizard/devicetexts.cpp" line="136"/>
        <source>The device stopped after this step: %1.</source>
        <translation>L’appareil s’est arrêté après cette étape&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>DiagnoseText</name>
    <message>
        <location filename="../wizard/texts.cpp" line="448"/>
        <source>Facts from:</source>
        <translation>Faits issus de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="449"/>
        <source>URL test:</source>
        <translation>Test de l’URL&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="450"/>
        <source>not run: no URL was given, so every branch of the tree was checked</source>
        <translation>non lancé&#xa0;: aucune URL n’a été donnée, toutes les branches de l’arbre ont donc été vérifiées</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="451"/>
        <source>Branches walked:</source>
        <translation>Branches parcourues&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="452"/>
        <source>Checks:</source>
        <translation>Vérifications&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="453"/>
        <source>Cause:</source>
        <translation>Cause&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="454"/>
        <source>no check found a cause</source>
        <translation>aucune vérification n’a trouvé de cause</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="461"/>
        <source>this server</source>
        <translation>ce serveur</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="462"/>
        <source>a snapshot</source>
        <translation>un instantané</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="463"/>
        <source>a training scenario</source>
        <translation>un scénario d’entraînement</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <location filename="../wizard/texts.cpp" line="85"/>
        <source>HTTP.sys</source>
        <translation>HTTP.sys</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="87"/>
        <source>IIS request filtering</source>
        <translation>le filtrage des demandes d’IIS</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="88"/>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="247"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="248"/>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="249"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="265"/>
        <source>%1 failed with HTTP %2.</source>
        <translation>%1 a échoué avec HTTP %2.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="266"/>
        <source>%1 failed with HTTP %2 (%3).</source>
        <translation>%1 a échoué avec HTTP %2 (%3).</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="270"/>
        <source>%1 failed: %2.</source>
        <translation>%1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="271"/>
        <source>%1 failed: %2 (%3).</source>
        <translation>%1 a échoué&#xa0;: %2 (%3).</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="274"/>
        <source>Capabilities announced by the server: %1.</source>
        <translation>Capacités annoncées par le serveur&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="276"/>
        <source>GetCACaps answered, but announced no capability.</source>
        <translation>GetCACaps a répondu, mais sans annoncer aucune capacité.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="278"/>
        <source>The server does not announce POSTPKIOperation: devices send their requests inside the URL, so the long-URL limits matter.</source>
        <translation>Le serveur n’annonce pas POSTPKIOperation&#xa0;: les appareils envoient leurs demandes dans l’URL, les limites de longueur d’URL comptent donc.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="282"/>
        <source>%1 certificate &quot;%2&quot;, issued by &quot;%3&quot;, valid from %4 to %5</source>
        <translation>Certificat %1 «&#xa0;%2&#xa0;», émis par «&#xa0;%3&#xa0;», valide du %4 au %5</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/texts.cpp" line="287"/>
        <source>%1: expired %n day(s) ago.</source>
        <translation>
            <numerusform>%1&#xa0;: expiré depuis %n jour.</numerusform>
            <numerusform>%1&#xa0;: expiré depuis %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/texts.cpp" line="288"/>
        <source>%1: %n day(s) left.</source>
        <translation>
            <numerusform>%1&#xa0;: encore %n jour.</numerusform>
            <numerusform>%1&#xa0;: encore %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/texts.cpp" line="291"/>
        <source>The %1 certificate &quot;%2&quot; expired on %3, %n day(s) ago.</source>
        <translation>
            <numerusform>Le certificat %1 «&#xa0;%2&#xa0;» a expiré le %3, il y a %n jour.</numerusform>
            <numerusform>Le certificat %1 «&#xa0;%2&#xa0;» a expiré le %3, il y a %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/texts.cpp" line="296"/>
        <source>The %1 certificate &quot;%2&quot; expires on %3, in %n day(s).</source>
        <translation>
            <numerusform>Le certificat %1 «&#xa0;%2&#xa0;» expire le %3, dans %n jour.</numerusform>
            <numerusform>Le certificat %1 «&#xa0;%2&#xa0;» expire le %3, dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="301"/>
        <source>The GetCACert answer has no %1 certificate.</source>
        <translation>La réponse à GetCACert ne contient pas de certificat %1.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="304"/>
        <source>The GetCACert answer could not be read (content type &quot;%1&quot;): %2</source>
        <translation>La réponse à GetCACert est illisible (type de contenu «&#xa0;%1&#xa0;»)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="305"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="308"/>
        <source>The server calls itself &quot;%1&quot;.</source>
        <translation>Le serveur se présente comme «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="310"/>
        <source>The answer does not say which server sent it (no Server header).</source>
        <translation>La réponse ne dit pas quel serveur l’a envoyée (pas d’en-tête Server).</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="312"/>
        <source>The %1 answer came from HTTP.sys, not from IIS: the request never reached the SCEP application.</source>
        <translation>La réponse à %1 vient de HTTP.sys, pas d’IIS&#xa0;: la requête n’a jamais atteint l’application SCEP.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="318"/>
        <source>The request went through Microsoft Entra application proxy (headers: %1).</source>
        <translation>La requête est passée par le proxy d’application Microsoft Entra (en-têtes&#xa0;: %1).</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="321"/>
        <source>The proxy reports the error &quot;%1&quot;.</source>
        <translation>Le proxy signale l’erreur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="325"/>
        <source>%1 was redirected: %2.</source>
        <translation>%1 a été redirigé&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="330"/>
        <source>A URL of %1 bytes was refused with HTTP %2 by %3.</source>
        <translation>Une URL de %1 octets a été refusée avec HTTP %2 par %3.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="336"/>
        <source>A URL of %1 bytes was accepted.</source>
        <translation>Une URL de %1 octets a été acceptée.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="338"/>
        <source>TLS problem: %1.</source>
        <translation>Problème TLS&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="340"/>
        <source>%1 took %2 ms.</source>
        <translation>%1 a pris %2 ms.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="342"/>
        <source>The %1 answer was cut after %2 bytes.</source>
        <translation>La réponse à %1 a été tronquée après %2 octets.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="345"/>
        <source>The NDES page is in %1 without a byte-order mark, exactly as real NDES servers send it.</source>
        <translation>La page NDES est en %1 sans marque d’ordre des octets, exactement comme l’envoient les vrais serveurs NDES.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="356"/>
        <source>the request worked</source>
        <translation>la requête a abouti</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="361"/>
        <source>the server sends the browser elsewhere</source>
        <translation>le serveur renvoie le navigateur vers une autre adresse</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="362"/>
        <source>the server found the request malformed or too large</source>
        <translation>le serveur juge la requête mal formée ou trop grande</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="364"/>
        <source>sign-in required: the site&apos;s authentication settings refuse anonymous access</source>
        <translation>connexion exigée&#xa0;: les paramètres d’authentification du site refusent l’accès anonyme</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="365"/>
        <source>sign-in required: the site asks for credentials</source>
        <translation>connexion exigée&#xa0;: le site demande des identifiants</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="367"/>
        <source>access denied; on mscep.dll without a request, this is the healthy answer</source>
        <translation>accès refusé&#xa0;; sur mscep.dll sans requête, c’est la réponse d’un serveur sain</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="370"/>
        <source>request filtering refused a URL that is too long</source>
        <translation>le filtrage des demandes a refusé une URL trop longue</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="372"/>
        <source>request filtering refused a query string that is too long</source>
        <translation>le filtrage des demandes a refusé une chaîne de requête trop longue</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="374"/>
        <source>nothing at this address: check the path of the URL</source>
        <translation>rien à cette adresse&#xa0;: vérifiez le chemin de l’URL</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="376"/>
        <source>this method is not allowed here</source>
        <translation>cette méthode n’est pas autorisée ici</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="377"/>
        <source>the URL is longer than HTTP.sys accepts</source>
        <translation>l’URL dépasse la longueur acceptée par HTTP.sys</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="378"/>
        <source>the application failed while handling the request</source>
        <translation>l’application a échoué en traitant la requête</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="379"/>
        <source>a gateway got no valid answer from the server behind it</source>
        <translation>une passerelle n’a pas reçu de réponse valide du serveur situé derrière elle</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="380"/>
        <source>no application is there to take the request</source>
        <translation>aucune application n’est là pour prendre la requête</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="381"/>
        <source>a gateway waited too long for the server behind it</source>
        <translation>une passerelle a attendu trop longtemps le serveur situé derrière elle</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="382"/>
        <source>no documented meaning for this code</source>
        <translation>ce code n’a pas de signification documentée</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="384"/>
        <source>HTTP %1 means: %2.</source>
        <translation>HTTP %1 signifie&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>IisText</name>
    <message>
        <location filename="../wizard/iistexts.cpp" line="50"/>
        <location filename="../wizard/iistexts.cpp" line="141"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/iistexts.cpp" line="80"/>
        <source>HTTP.sys turned away %n request(s) for the SCEP application pool because the pool was stopped or taken offline (%1).</source>
        <translation>
            <numerusform>HTTP.sys a refusé %n requête destinée au pool d’applications SCEP, car le pool était arrêté ou mis hors ligne (%1).</numerusform>
            <numerusform>HTTP.sys a refusé %n requêtes destinées au pool d’applications SCEP, car le pool était arrêté ou mis hors ligne (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/iistexts.cpp" line="85"/>
        <source>IIS answered %n request(s) to mscep.dll with 500 0 1346: the IIS_IUSRS group lacks the right &quot;Impersonate a client after authentication&quot;.</source>
        <translation>
            <numerusform>IIS a répondu 500 0 1346 à %n requête vers mscep.dll&#xa0;: il manque au groupe IIS_IUSRS le droit «&#xa0;Emprunter l’identité d’un client après l’authentification&#xa0;».</numerusform>
            <numerusform>IIS a répondu 500 0 1346 à %n requêtes vers mscep.dll&#xa0;: il manque au groupe IIS_IUSRS le droit «&#xa0;Emprunter l’identité d’un client après l’authentification&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/iistexts.cpp" line="89"/>
        <source>%n request(s) to mscep.dll failed with status 500 (%1): NDES failed while handling them.</source>
        <translation>
            <numerusform>%n requête vers mscep.dll a échoué avec le code 500 (%1)&#xa0;: NDES a échoué en la traitant.</numerusform>
            <numerusform>%n requêtes vers mscep.dll ont échoué avec le code 500 (%1)&#xa0;: NDES a échoué en les traitant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/iistexts.cpp" line="94"/>
        <source>%n SCEP request(s) were refused as too long (%1): the server&apos;s size limits are below the 65,534 bytes Intune needs.</source>
        <translation>
            <numerusform>%n requête SCEP a été refusée car trop longue (%1)&#xa0;: les limites de taille du serveur sont inférieures aux 65 534 octets dont Intune a besoin.</numerusform>
            <numerusform>%n requêtes SCEP ont été refusées car trop longues (%1)&#xa0;: les limites de taille du serveur sont inférieures aux 65 534 octets dont Intune a besoin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/iistexts.cpp" line="99"/>
        <source>The connector refused %n VerifyRequest call(s) of the policy module with 403.16 (untrusted root): a certificate of the chain is not trusted, often because an intermediate certificate sits in the Trusted Root store.</source>
        <translation>
            <numerusform>Le connecteur a refusé %n appel VerifyRequest du module de stratégie avec 403.16 (racine non approuvée)&#xa0;: un certificat de la chaîne n’est pas approuvé, souvent parce qu’un certificat intermédiaire se trouve dans le magasin des autorités racines de confiance.</numerusform>
            <numerusform>Le connecteur a refusé %n appels VerifyRequest du module de stratégie avec 403.16 (racine non approuvée)&#xa0;: un certificat de la chaîne n’est pas approuvé, souvent parce qu’un certificat intermédiaire se trouve dans le magasin des autorités racines de confiance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/iistexts.cpp" line="104"/>
        <source>%n VerifyRequest call(s) of the policy module failed with status 500: the connector&apos;s web application (CertificateRegistrationSvc) could not check the requests.</source>
        <translation>
            <numerusform>%n appel VerifyRequest du module de stratégie a échoué avec le code 500&#xa0;: l’application web du connecteur (CertificateRegistrationSvc) n’a pas pu vérifier la demande.</numerusform>
            <numerusform>%n appels VerifyRequest du module de stratégie ont échoué avec le code 500&#xa0;: l’application web du connecteur (CertificateRegistrationSvc) n’a pas pu vérifier les demandes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/iistexts.cpp" line="108"/>
        <source>%n iPhone(s) or iPad(s) got the CA certificates (GetCACert 200) but never asked for GetCACaps: they do not trust the certificate chain NDES sent (%1).</source>
        <translation>
            <numerusform>%n iPhone ou iPad a reçu les certificats de l’autorité (GetCACert 200) sans jamais demander GetCACaps&#xa0;: il ne fait pas confiance à la chaîne de certificats envoyée par NDES (%1).</numerusform>
            <numerusform>%n iPhone ou iPad ont reçu les certificats de l’autorité (GetCACert 200) sans jamais demander GetCACaps&#xa0;: ils ne font pas confiance à la chaîne de certificats envoyée par NDES (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/iistexts.cpp" line="113"/>
        <source>HTTP.sys answered 503 to %n request(s) for the SCEP application pool (%1): the pool could not take them.</source>
        <translation>
            <numerusform>HTTP.sys a répondu 503 à %n requête destinée au pool d’applications SCEP (%1)&#xa0;: le pool n’a pas pu la prendre en charge.</numerusform>
            <numerusform>HTTP.sys a répondu 503 à %n requêtes destinées au pool d’applications SCEP (%1)&#xa0;: le pool n’a pas pu les prendre en charge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/iistexts.cpp" line="118"/>
        <source>%n connection(s) to the SCEP application pool were dropped because its worker process stopped in the middle of the request.</source>
        <translation>
            <numerusform>%n connexion au pool d’applications SCEP a été coupée, car son processus de travail s’est arrêté en pleine requête.</numerusform>
            <numerusform>%n connexions au pool d’applications SCEP ont été coupées, car son processus de travail s’est arrêté en pleine requête.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/iistexts.cpp" line="123"/>
        <source>%n request(s) to other pages</source>
        <translation>
            <numerusform>%n requête vers d’autres pages</numerusform>
            <numerusform>%n requêtes vers d’autres pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/iistexts.cpp" line="124"/>
        <source>No SCEP request at all: no device reached mscep.dll in the %n log file(s) read (%1). Something between the devices and this server stops them.</source>
        <translation>
            <numerusform>Aucune requête SCEP&#xa0;: aucun appareil n’a atteint mscep.dll dans %n fichier journal lu (%1). Quelque chose bloque les appareils entre eux et ce serveur.</numerusform>
            <numerusform>Aucune requête SCEP&#xa0;: aucun appareil n’a atteint mscep.dll dans les %n fichiers journaux lus (%1). Quelque chose bloque les appareils entre eux et ce serveur.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="129"/>
        <source>Not IIS logs (no #Fields header, no line IIS would write): %1.</source>
        <translation>Ce ne sont pas des journaux IIS (pas d’en-tête #Fields, aucune ligne écrite par IIS)&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/iistexts.cpp" line="133"/>
        <source>%n line(s) came without a #Fields header; they were read with the usual IIS columns (%1) in %2.</source>
        <translation>
            <numerusform>%n ligne est arrivée sans en-tête #Fields&#xa0;; elle a été lue avec les colonnes habituelles d’IIS (%1) dans %2.</numerusform>
            <numerusform>%n lignes sont arrivées sans en-tête #Fields&#xa0;; elles ont été lues avec les colonnes habituelles d’IIS (%1) dans %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/iistexts.cpp" line="142"/>
        <source>%n line(s) could not be read and were skipped: %1.</source>
        <translation>
            <numerusform>%n ligne illisible a été ignorée&#xa0;: %1.</numerusform>
            <numerusform>%n lignes illisibles ont été ignorées&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/iistexts.cpp" line="146"/>
        <source>%n line(s) hold links added by a chat or ticket tool ([address](link)): this log was pasted, not copied as a file. Ask for the original file.</source>
        <translation>
            <numerusform>%n ligne contient des liens ajoutés par un outil de messagerie ou de tickets ([adresse](lien))&#xa0;: ce journal a été collé, et non copié en tant que fichier. Demandez le fichier d’origine.</numerusform>
            <numerusform>%n lignes contiennent des liens ajoutés par un outil de messagerie ou de tickets ([adresse](lien))&#xa0;: ce journal a été collé, et non copié en tant que fichier. Demandez le fichier d’origine.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="177"/>
        <source>GetCACaps (capabilities)</source>
        <translation>GetCACaps (capacités)</translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="178"/>
        <source>GetCACert (CA certificates)</source>
        <translation>GetCACert (certificats de l’autorité)</translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="179"/>
        <source>PKIOperation by GET (certificate request)</source>
        <translation>PKIOperation par GET (demande de certificat)</translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="180"/>
        <source>PKIOperation by POST (certificate request)</source>
        <translation>PKIOperation par POST (demande de certificat)</translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="181"/>
        <source>Another operation</source>
        <translation>Autre opération</translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="182"/>
        <source>No operation (browser test)</source>
        <translation>Sans opération (test dans un navigateur)</translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="191"/>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="192"/>
        <source>iPhone and iPad</source>
        <translation>iPhone et iPad</translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="193"/>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="194"/>
        <source>Intune connector (policy module)</source>
        <translation>Connecteur Intune (module de stratégie)</translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="195"/>
        <source>Other (browsers, tools)</source>
        <translation>Autres (navigateurs, outils)</translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="204"/>
        <source>wrong number of fields</source>
        <translation>nombre de champs incorrect</translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="205"/>
        <source>status is not a number</source>
        <translation>code d’état non numérique</translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="206"/>
        <source>bad date or time</source>
        <translation>date ou heure invalide</translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="207"/>
        <source>no #Fields header</source>
        <translation>pas d’en-tête #Fields</translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="208"/>
        <source>line too long</source>
        <translation>ligne trop longue</translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="226"/>
        <source>the pool was taken offline after repeated crashes</source>
        <translation>le pool a été mis hors ligne après des plantages répétés</translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="228"/>
        <source>the pool was stopped by an administrator</source>
        <translation>le pool a été arrêté par un administrateur</translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="230"/>
        <source>the pool was shutting down or recycling</source>
        <translation>le pool était en cours d’arrêt ou de recyclage</translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="232"/>
        <source>the pool&apos;s request queue was full</source>
        <translation>la file d’attente des requêtes du pool était pleine</translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="234"/>
        <source>the connection limit was reached</source>
        <translation>la limite de connexions était atteinte</translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="236"/>
        <source>the worker process stopped during the request</source>
        <translation>le processus de travail s’est arrêté pendant la requête</translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="238"/>
        <source>the URL was longer than HTTP.sys accepts</source>
        <translation>l’URL dépassait la longueur acceptée par HTTP.sys</translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="240"/>
        <source>a header or the whole request was too long</source>
        <translation>un en-tête ou la requête entière était trop long</translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="242"/>
        <source>the connection timed out</source>
        <translation>la connexion a expiré</translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="244"/>
        <source>the service was unavailable (internal error)</source>
        <translation>le service était indisponible (erreur interne)</translation>
    </message>
    <message>
        <location filename="../wizard/iistexts.cpp" line="245"/>
        <source>see the HTTP.sys error log reference</source>
        <translation>voir la documentation des journaux d’erreurs HTTP.sys</translation>
    </message>
</context>
<context>
    <name>RequestText</name>
    <message>
        <location filename="../wizard/texts.cpp" line="479"/>
        <source>Browser test</source>
        <translation>Test navigateur</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="480"/>
        <source>GetCACaps</source>
        <translation>GetCACaps</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="481"/>
        <source>GetCACert</source>
        <translation>GetCACert</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="482"/>
        <source>Long URL</source>
        <translation>URL longue</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="499"/>
        <source>The URL alone, as a browser opens it</source>
        <translation>L’URL seule, comme l’ouvre un navigateur</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="500"/>
        <source>What the SCEP server can do</source>
        <translation>Ce que sait faire le serveur SCEP</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="501"/>
        <source>The CA and RA certificates</source>
        <translation>Les certificats de l’AC et de l’AE</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="502"/>
        <source>A URL as long as the ones devices send</source>
        <translation>Une URL aussi longue que celles des appareils</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="510"/>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="511"/>
        <source>No answer in time</source>
        <translation>Pas de réponse à temps</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="512"/>
        <source>Name not found</source>
        <translation>Nom introuvable</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="513"/>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="514"/>
        <source>Host unreachable</source>
        <translation>Hôte injoignable</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="515"/>
        <source>Secure connection failed</source>
        <translation>Échec de la connexion sécurisée</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="516"/>
        <source>Redirect loop</source>
        <translation>Boucle de redirection</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="517"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="518"/>
        <source>Not an HTTP server</source>
        <translation>Pas un serveur HTTP</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="519"/>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="539"/>
        <source>RA signing</source>
        <translation>signature de l’AE</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="540"/>
        <source>RA encryption</source>
        <translation>chiffrement de l’AE</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="541"/>
        <source>CA</source>
        <translation>AC</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="542"/>
        <source>Other</source>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>ScenarioText</name>
    <message>
        <location filename="../wizard/texts.cpp" line="389"/>
        <source>Healthy server</source>
        <translation>Serveur en bonne santé</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="390"/>
        <source>Connector not installed</source>
        <translation>Connecteur non installé</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="391"/>
        <source>SCEP application pool stopped</source>
        <translation>Pool d’applications SCEP arrêté</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="392"/>
        <source>Application proxy connector stopped</source>
        <translation>Connecteur du proxy d’application arrêté</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="393"/>
        <source>HTTP.sys limits left at their defaults</source>
        <translation>Limites HTTP.sys laissées par défaut</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="394"/>
        <source>Request filtering left at its defaults</source>
        <translation>Filtrage des demandes laissé par défaut</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="395"/>
        <source>Wrong external URL</source>
        <translation>URL externe erronée</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="396"/>
        <source>Service account locked out</source>
        <translation>Compte de service verrouillé</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="397"/>
        <source>MSCEP-RA certificates expired</source>
        <translation>Certificats MSCEP-RA expirés</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="398"/>
        <source>Untrusted server certificate</source>
        <translation>Certificat du serveur non approuvé</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="399"/>
        <source>Server never answers</source>
        <translation>Le serveur ne répond jamais</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="400"/>
        <source>Windows authentication turned on</source>
        <translation>Authentification Windows activée</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="401"/>
        <source>Impersonation right missing</source>
        <translation>Droit d’emprunt d’identité manquant</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="402"/>
        <source>Intermediate certificate among the trusted roots</source>
        <translation>Certificat intermédiaire parmi les racines de confiance</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="403"/>
        <source>Revocation list out of reach</source>
        <translation>Liste de révocation inaccessible</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="404"/>
        <source>Windows authentication on CertificateRegistrationSvc</source>
        <translation>Authentification Windows sur CertificateRegistrationSvc</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="411"/>
        <source>Everything works; the URL answers 403 as it should.</source>
        <translation>Tout fonctionne&#xa0;; l’URL répond 403, comme il se doit.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="413"/>
        <source>The browser shows the NDES welcome page instead of an error.</source>
        <translation>Le navigateur affiche la page d’accueil de NDES au lieu d’une erreur.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="415"/>
        <source>Every request ends with &quot;Service Unavailable&quot;.</source>
        <translation>Chaque requête se termine par «&#xa0;Service Unavailable&#xa0;».</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="417"/>
        <source>Through the application proxy, requests end in GatewayTimeout.</source>
        <translation>Via le proxy d’application, les requêtes finissent en GatewayTimeout.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="419"/>
        <source>Short requests work; long ones get &quot;URL too long&quot;.</source>
        <translation>Les requêtes courtes passent&#xa0;; les longues reçoivent «&#xa0;URL trop longue&#xa0;».</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="421"/>
        <source>Short requests work; long ones get a 404.</source>
        <translation>Les requêtes courtes passent&#xa0;; les longues reçoivent une erreur 404.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="423"/>
        <source>The browser says the page can&apos;t be displayed.</source>
        <translation>Le navigateur indique que la page ne peut pas s’afficher.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="425"/>
        <source>Every NDES request fails with error 500.</source>
        <translation>Chaque requête NDES échoue avec l’erreur 500.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="427"/>
        <source>Error 500, and the server&apos;s RA certificates look old.</source>
        <translation>Erreur 500, et les certificats d’AE du serveur semblent anciens.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="429"/>
        <source>The browser warns that the connection is not secure.</source>
        <translation>Le navigateur avertit que la connexion n’est pas sécurisée.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="431"/>
        <source>The browser keeps loading until it gives up.</source>
        <translation>Le navigateur charge indéfiniment, puis abandonne.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="433"/>
        <source>The browser asks for a user name and password.</source>
        <translation>Le navigateur demande un nom d’utilisateur et un mot de passe.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="435"/>
        <source>The browser test looks fine, yet devices get error 500.</source>
        <translation>Le test navigateur semble correct, mais les appareils reçoivent l’erreur 500.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="437"/>
        <source>&quot;Service Unavailable&quot; again soon after every restart of the SCEP pool.</source>
        <translation>«&#xa0;Service Unavailable&#xa0;» revient peu après chaque redémarrage du pool SCEP.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="439"/>
        <source>&quot;Service Unavailable&quot;, although the SCEP pool was started a moment ago.</source>
        <translation>«&#xa0;Service Unavailable&#xa0;», alors que le pool SCEP vient d’être démarré.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="441"/>
        <source>&quot;Service Unavailable&quot; on every request since an IIS setting was changed.</source>
        <translation>«&#xa0;Service Unavailable&#xa0;» à chaque requête depuis la modification d’un réglage IIS.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="470"/>
        <source>Easy</source>
        <translation>Facile</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="471"/>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="472"/>
        <source>Hard</source>
        <translation>Difficile</translation>
    </message>
</context>
<context>
    <name>StageText</name>
    <message>
        <location filename="../wizard/texts.cpp" line="560"/>
        <source>Profile deployed</source>
        <translation>Profil déployé</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="561"/>
        <source>Device to NDES</source>
        <translation>Appareil vers NDES</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="562"/>
        <source>NDES to policy module</source>
        <translation>NDES vers module de stratégie</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="563"/>
        <source>NDES to CA</source>
        <translation>NDES vers AC</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="564"/>
        <source>Certificate delivered</source>
        <translation>Certificat remis</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="565"/>
        <source>Reported to Intune</source>
        <translation>Signalé à Intune</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="573"/>
        <source>Intune sends the SCEP certificate profile to the device.</source>
        <translation>Intune envoie le profil de certificat SCEP à l’appareil.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="574"/>
        <source>The device contacts the NDES server at the SCEP URL.</source>
        <translation>L’appareil contacte le serveur NDES à l’URL SCEP.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="575"/>
        <source>NDES asks the Intune policy module to check the request.</source>
        <translation>NDES demande au module de stratégie Intune de vérifier la demande.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="576"/>
        <source>NDES passes the request to the certification authority.</source>
        <translation>NDES transmet la demande à l’autorité de certification.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="577"/>
        <source>The certificate goes back to the device and is installed.</source>
        <translation>Le certificat revient à l’appareil et s’installe.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="578"/>
        <source>The device reports the certificate to Intune.</source>
        <translation>L’appareil signale le certificat à Intune.</translation>
    </message>
</context>
<context>
    <name>VerdictText</name>
    <message>
        <location filename="../wizard/texts.cpp" line="96"/>
        <source>URL works (403)</source>
        <translation>L’URL fonctionne (403)</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="97"/>
        <source>NDES page instead of 403</source>
        <translation>Page NDES au lieu de 403</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="98"/>
        <source>Service unavailable (503)</source>
        <translation>Service indisponible (503)</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="99"/>
        <source>Gateway timeout</source>
        <translation>Délai de passerelle dépassé</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="100"/>
        <source>Long requests refused</source>
        <translation>Requêtes longues refusées</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="101"/>
        <source>Server unreachable</source>
        <translation>Serveur injoignable</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="102"/>
        <source>Internal error (500)</source>
        <translation>Erreur interne (500)</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="103"/>
        <source>Certificate not trusted</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="104"/>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="105"/>
        <source>Unexpected answer</source>
        <translation>Réponse inattendue</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="114"/>
        <source>The SCEP URL works: the server answers 403 Forbidden, which is what a healthy NDES server answers to a browser.</source>
        <translation>L’URL SCEP fonctionne&#xa0;: le serveur répond 403 Forbidden, c’est la réponse d’un serveur NDES sain à un navigateur.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="117"/>
        <source>The server shows the NDES welcome page instead of answering 403: the Intune certificate connector is not active.</source>
        <translation>Le serveur affiche la page d’accueil de NDES au lieu de répondre 403&#xa0;: le connecteur de certificats Intune n’est pas actif.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="120"/>
        <source>The SCEP application pool is not running: the server answers 503 Service Unavailable.</source>
        <translation>Le pool d’applications SCEP ne tourne pas&#xa0;: le serveur répond 503 Service Unavailable.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="122"/>
        <source>The application proxy cannot reach its connector: it answers GatewayTimeout.</source>
        <translation>Le proxy d’application n’arrive pas à joindre son connecteur&#xa0;: il répond GatewayTimeout.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="124"/>
        <source>Long requests are refused: the server rejects a URL as long as the ones devices send.</source>
        <translation>Les requêtes longues sont refusées&#xa0;: le serveur rejette une URL aussi longue que celles des appareils.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="126"/>
        <source>The server cannot be reached: a browser would say &quot;This page can&apos;t be displayed&quot;.</source>
        <translation>Le serveur est injoignable&#xa0;: un navigateur afficherait «&#xa0;Impossible d’afficher cette page&#xa0;».</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="128"/>
        <source>NDES fails with 500 Internal Server Error.</source>
        <translation>NDES échoue avec l’erreur 500 Internal Server Error.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="130"/>
        <source>The secure connection fails: the server&apos;s certificate is not trusted.</source>
        <translation>La connexion sécurisée échoue&#xa0;: le certificat du serveur n’est pas approuvé.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="132"/>
        <source>The server does not answer: no reply came before the time limit.</source>
        <translation>Le serveur ne répond pas&#xa0;: aucune réponse n’est arrivée dans le délai.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="135"/>
        <source>The server gives an unexpected answer: HTTP %1.</source>
        <translation>Le serveur donne une réponse inattendue&#xa0;: HTTP %1.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="136"/>
        <source>The server gives an unexpected answer.</source>
        <translation>Le serveur donne une réponse inattendue.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="152"/>
        <source>The browser test alone looks fine; the %1 request shows where devices fail.</source>
        <translation>Le test navigateur seul semble correct&#xa0;; c’est la requête %1 qui montre où les appareils échouent.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="159"/>
        <source>A 403 on the bare URL is the expected answer: IIS, NDES and the Intune policy module are all in place, and the SCEP requests work.

If devices still get no certificate, the problem is further along. Look at the IIS logs to see whether the devices reach this server, then at the logs of one device.</source>
        <translation>Un 403 sur l’URL seule est la réponse attendue&#xa0;: IIS, NDES et le module de stratégie Intune sont en place, et les requêtes SCEP fonctionnent.

Si les appareils n’obtiennent toujours pas de certificat, le problème est plus loin. Consultez les journaux IIS pour savoir si les appareils atteignent ce serveur, puis les journaux d’un appareil.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="165"/>
        <source>NDES itself works, but the Intune certificate connector, which plugs into NDES as its policy module, is not installed or not loaded. Without it NDES answers with its own welcome page, and devices cannot enrol.

Check the connector&apos;s installation log (SetupMsi.log). If the installation failed, install the connector again; if it succeeded, restart IIS.</source>
        <translation>NDES fonctionne, mais le connecteur de certificats Intune, qui se branche sur NDES comme module de stratégie, n’est pas installé ou pas chargé. Sans lui, NDES répond avec sa propre page d’accueil et les appareils ne peuvent pas s’inscrire.

Consultez le journal d’installation du connecteur (SetupMsi.log). Si l’installation a échoué, réinstallez le connecteur&#xa0;; si elle a réussi, redémarrez IIS.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="172"/>
        <source>The 503 page comes from HTTP.sys, the part of Windows under IIS: no IIS worker process was there to take the request. The SCEP application pool is stopped, or it starts and crashes (event 1000 for w3wp.exe in the Application log).

Known causes: an intermediate CA certificate stored among the trusted root certificates, a certificate revocation list that cannot be downloaded, or Windows authentication turned on for CertificateRegistrationSvc.</source>
        <translation>La page 503 vient de HTTP.sys, la couche de Windows sous IIS&#xa0;: aucun processus de travail IIS n’était là pour prendre la requête. Le pool d’applications SCEP est arrêté, ou il démarre puis plante (événement 1000 pour w3wp.exe dans le journal Application).

Causes connues&#xa0;: un certificat d’AC intermédiaire rangé parmi les autorités de certification racines de confiance, une liste de révocation impossible à télécharger, ou l’authentification Windows activée sur CertificateRegistrationSvc.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="180"/>
        <source>The request went through Microsoft Entra application proxy, which found no working connector to pass it to the NDES server.

The application proxy connector service (WAPCSvc) on the connector server is stopped, or it is not set to start automatically.</source>
        <translation>La requête est passée par le proxy d’application Microsoft Entra, qui n’a trouvé aucun connecteur en état de la transmettre au serveur NDES.

Le service du connecteur de proxy d’application (WAPCSvc) est arrêté sur le serveur du connecteur, ou il n’est pas configuré pour démarrer automatiquement.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="186"/>
        <source>The short requests work, but the long one is refused, by HTTP.sys (414) or by IIS request filtering (404.14 or 404.15). Devices send their certificate request inside the URL, up to 65,534 bytes, so they fail.

Raise the request filtering limits (maxUrl and maxQueryString) and the HTTP.sys limits (MaxFieldLength and MaxRequestBytes) to 65534.</source>
        <translation>Les requêtes courtes passent, mais la longue est refusée, par HTTP.sys (414) ou par le filtrage des demandes d’IIS (404.14 ou 404.15). Les appareils envoient leur demande de certificat dans l’URL, jusqu’à 65 534 octets&#xa0;: ils échouent donc.

Portez à 65534 les limites du filtrage des demandes (maxUrl et maxQueryString) et celles de HTTP.sys (MaxFieldLength et MaxRequestBytes).</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="193"/>
        <source>No HTTP answer came back: the name does not resolve, the connection is refused, or there is no route to the server.

When the URL goes through the application proxy, check that the external URL of the proxy application is exactly the URL of the SCEP profile. Otherwise check the DNS name and the firewalls between the devices and the server.</source>
        <translation>Aucune réponse HTTP n’est revenue&#xa0;: le nom ne se résout pas, la connexion est refusée ou aucune route ne mène au serveur.

Si l’URL passe par le proxy d’application, vérifiez que l’URL externe de l’application du proxy est exactement celle du profil SCEP. Sinon, vérifiez le nom DNS et les pare-feu entre les appareils et le serveur.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="200"/>
        <source>IIS received the request, but NDES could not handle it.

The usual causes: the NDES service account is locked out or its password has expired, or the MSCEP-RA certificates (the NDES server&apos;s own certificates) have expired. When the IIS log shows &quot;500 0 1346&quot;, the IIS_IUSRS group lacks the right to impersonate a client after authentication.</source>
        <translation>IIS a reçu la requête, mais NDES n’a pas pu la traiter.

Causes habituelles&#xa0;: le compte de service NDES est verrouillé ou son mot de passe a expiré, ou les certificats MSCEP-RA (les propres certificats du serveur NDES) ont expiré. Si le journal IIS indique «&#xa0;500 0 1346&#xa0;», le groupe IIS_IUSRS n’a pas le droit d’emprunter l’identité d’un client après authentification.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="207"/>
        <source>The TLS handshake failed before any HTTP exchange: the certificate chain is not trusted, the name does not match, or the certificate has expired. Devices fail in the same way.

Fix the certificate bound to the IIS site, or deploy the missing trusted root certificate profile to the devices.</source>
        <translation>La négociation TLS a échoué avant tout échange HTTP&#xa0;: la chaîne de certificats n’est pas approuvée, le nom ne correspond pas, ou le certificat a expiré. Les appareils échouent de la même façon.

Corrigez le certificat lié au site IIS, ou déployez sur les appareils le profil de certificat racine approuvé qui manque.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="213"/>
        <source>The connection opened, but no answer arrived in time.

Something on the path (a firewall, a proxy, a load balancer) holds or drops the traffic, or the server is overloaded.</source>
        <translation>La connexion s’est ouverte, mais aucune réponse n’est arrivée à temps.

Un élément sur le chemin (pare-feu, proxy, répartiteur de charge) retient ou jette le trafic, ou le serveur est surchargé.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="218"/>
        <source>This answer is none of the documented cases. Read the status code and the page below: the meaning of the IIS code is given with the findings.

A 401 usually means Windows authentication was turned on for the SCEP site; a redirect to a sign-in page means pre-authentication is enabled on the application proxy.</source>
        <translation>Cette réponse ne correspond à aucun cas documenté. Lisez le code d’état et la page ci-dessous&#xa0;: la signification du code IIS figure avec les constats.

Un 401 signifie en général que l’authentification Windows a été activée sur le site SCEP&#xa0;; une redirection vers une page de connexion signifie que la pré-authentification est activée sur le proxy d’application.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="230"/>
        <source>Nothing: the SCEP URL is healthy</source>
        <translation>Rien&#xa0;: l’URL SCEP est saine</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="231"/>
        <source>The Intune certificate connector is not installed or not active</source>
        <translation>Le connecteur de certificats Intune n’est pas installé ou pas actif</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="232"/>
        <source>The SCEP application pool is stopped</source>
        <translation>Le pool d’applications SCEP est arrêté</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="233"/>
        <source>The application proxy connector service is stopped</source>
        <translation>Le service du connecteur de proxy d’application est arrêté</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="234"/>
        <source>The request size limits were never raised</source>
        <translation>Les limites de taille des requêtes n’ont jamais été relevées</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="235"/>
        <source>The URL is wrong or the host cannot be reached</source>
        <translation>L’URL est fausse ou l’hôte est injoignable</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="236"/>
        <source>The NDES service account or its RA certificates are at fault</source>
        <translation>Le compte de service NDES ou ses certificats d’AE sont en cause</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="237"/>
        <source>The server&apos;s TLS certificate is not trusted</source>
        <translation>Le certificat TLS du serveur n’est pas approuvé</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="238"/>
        <source>Something on the network drops the traffic</source>
        <translation>Un élément du réseau jette le trafic</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="239"/>
        <source>The SCEP site asks for a sign-in</source>
        <translation>Le site SCEP exige une connexion</translation>
    </message>
</context>
<context>
    <name>ndes::ui::BrowserView</name>
    <message>
        <location filename="../wizard/widgets/browserview.cpp" line="182"/>
        <source>New tab</source>
        <translation>Nouvel onglet</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/browserview.cpp" line="199"/>
        <source>What the browser shows: %1</source>
        <translation>Ce qu’affiche le navigateur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/browserview.cpp" line="212"/>
        <source>Can&apos;t reach this page</source>
        <translation>Page inaccessible</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/browserview.cpp" line="213"/>
        <source>This page can&apos;t be displayed</source>
        <translation>Impossible d’afficher cette page</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/browserview.cpp" line="214"/>
        <source>Make sure the web address &lt;b&gt;%1&lt;/b&gt; is correct.</source>
        <translation>Vérifiez que l’adresse web &lt;b&gt;%1&lt;/b&gt; est correcte.</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/browserview.cpp" line="215"/>
        <source>Check the network connection.</source>
        <translation>Vérifiez la connexion réseau.</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/browserview.cpp" line="216"/>
        <location filename="../wizard/widgets/browserview.cpp" line="227"/>
        <source>Try again in a few minutes.</source>
        <translation>Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/browserview.cpp" line="219"/>
        <source>Privacy error</source>
        <translation>Erreur de confidentialité</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/browserview.cpp" line="220"/>
        <source>Your connection isn&apos;t private</source>
        <translation>Votre connexion n’est pas privée</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/browserview.cpp" line="221"/>
        <source>The site &lt;b&gt;%1&lt;/b&gt; presented a certificate this computer does not trust.</source>
        <translation>Le site &lt;b&gt;%1&lt;/b&gt; a présenté un certificat que cet ordinateur n’approuve pas.</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/browserview.cpp" line="222"/>
        <source>The browser stopped before sending anything.</source>
        <translation>Le navigateur s’est arrêté avant d’envoyer quoi que ce soit.</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/browserview.cpp" line="225"/>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/browserview.cpp" line="226"/>
        <source>This site can&apos;t be reached</source>
        <translation>Ce site est inaccessible</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/browserview.cpp" line="227"/>
        <source>&lt;b&gt;%1&lt;/b&gt; took too long to respond.</source>
        <translation>Le délai de réponse de &lt;b&gt;%1&lt;/b&gt; est trop long.</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/browserview.cpp" line="369"/>
        <source>Not secure</source>
        <translation>Non sécurisé</translation>
    </message>
</context>
<context>
    <name>ndes::ui::BusyIndicator</name>
    <message>
        <location filename="../wizard/widgets/busyindicator.cpp" line="22"/>
        <location filename="../wizard/widgets/busyindicator.cpp" line="63"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
</context>
<context>
    <name>ndes::ui::CausePage</name>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="212"/>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="214"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="215"/>
        <location filename="../wizard/pages/causepage.cpp" line="248"/>
        <source>Evidence of the check &quot;%1&quot;</source>
        <translation>Preuves de la vérification «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="221"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="227"/>
        <source>Checking...</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="234"/>
        <source>Not run</source>
        <translation>Non lancée</translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="256"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="258"/>
        <location filename="../wizard/pages/causepage.cpp" line="422"/>
        <source>Cause found: %1</source>
        <translation>Cause trouvée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="260"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="338"/>
        <location filename="../wizard/pages/causepage.cpp" line="646"/>
        <source>Find the cause</source>
        <translation>Trouver la cause</translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="339"/>
        <source>The checks for this branch, on the server&apos;s own settings, accounts, certificates and logs.</source>
        <translation>Les vérifications de cette branche, sur les paramètres, comptes, certificats et journaux du serveur lui-même.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="340"/>
        <source>S&amp;top the checks</source>
        <translation>Arrê&amp;ter les vérifications</translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="341"/>
        <source>Stop the checks</source>
        <translation>Arrêter les vérifications</translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="342"/>
        <source>&amp;Run the checks again</source>
        <translation>&amp;Relancer les vérifications</translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="343"/>
        <source>Run the checks again</source>
        <translation>Relancer les vérifications</translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="344"/>
        <source>Checks and their results</source>
        <translation>Vérifications et résultats</translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="354"/>
        <source>The facts come from the training scenario: files recorded on a simulated NDES server.</source>
        <translation>Les informations viennent du scénario de formation&#xa0;: des fichiers enregistrés sur un serveur NDES simulé.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="357"/>
        <source>The facts come from the snapshot %1.</source>
        <translation>Les informations viennent de l’instantané %1.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="360"/>
        <source>The facts are read from this computer.</source>
        <translation>Les informations sont lues sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="364"/>
        <source>The URL test found: %1 These are the checks for that branch.</source>
        <translation>Le test de l’URL a trouvé&#xa0;: %1 Voici les vérifications de cette branche.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="367"/>
        <source>There is no URL test result, so the checks of every branch run.</source>
        <translation>Il n’y a pas de résultat de test d’URL&#xa0;: les vérifications de toutes les branches sont lancées.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="374"/>
        <source>Local checks need Windows: run NDES Doctor on the NDES server itself, or open a snapshot taken there. The checks below cannot read anything here; you can still go on to the fix.</source>
        <translation>Les vérifications locales nécessitent Windows&#xa0;: lancez NDES Doctor sur le serveur NDES lui-même, ou ouvrez un instantané pris sur ce serveur. Les vérifications ci-dessous ne peuvent rien lire ici&#xa0;; vous pouvez tout de même passer à la correction.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="410"/>
        <source>The checks could not run.</source>
        <translation>Les vérifications n’ont pas pu être lancées.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="413"/>
        <source>Checking: %1 of %2 done.</source>
        <translation>Vérification en cours&#xa0;: %1 sur %2 terminées.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="423"/>
        <source>Next shows how to fix it; then &quot;Test again&quot; tells whether the fix worked.</source>
        <translation>«&#xa0;Suivant&#xa0;» montre comment corriger&#xa0;; ensuite, «&#xa0;Tester de nouveau&#xa0;» indique si la correction a marché.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="425"/>
        <source>The checks were stopped before the end: other problems may remain.</source>
        <translation>Les vérifications ont été arrêtées avant la fin&#xa0;: d’autres problèmes peuvent subsister.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="427"/>
        <source>The checks were stopped after %1 of %2.</source>
        <translation>Les vérifications ont été arrêtées après %1 sur %2.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="428"/>
        <source>No cause was found among the checks that ran. Run them again, or go on.</source>
        <translation>Aucune cause n’a été trouvée parmi les vérifications effectuées. Relancez-les, ou continuez.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="430"/>
        <source>There is no check on the server for this branch.</source>
        <translation>Cette branche n’a aucune vérification sur le serveur.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="431"/>
        <source>The cause is outside the NDES server (the network path, a proxy, or the certificate the server presents): the fix page says what to look at.</source>
        <translation>La cause est en dehors du serveur NDES (le chemin réseau, un proxy, ou le certificat présenté par le serveur)&#xa0;: la page de correction indique quoi examiner.</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/pages/causepage.cpp" line="434"/>
        <source>No cause found among %n check(s).</source>
        <translation>
            <numerusform>Aucune cause trouvée par la vérification.</numerusform>
            <numerusform>Aucune cause trouvée parmi les %n vérifications.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="437"/>
        <source>None of the documented faults shows in these facts. The IIS logs and the device logs come next: they show how far the devices get.</source>
        <translation>Aucune des pannes documentées n’apparaît dans ces informations. Viennent ensuite les journaux IIS et ceux des appareils&#xa0;: ils montrent jusqu’où vont les appareils.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="440"/>
        <source>The server&apos;s own settings look right. The next question is whether the devices reach IIS at all: the IIS logs come next.</source>
        <translation>Les paramètres du serveur semblent corrects. La question suivante est de savoir si les appareils atteignent IIS&#xa0;: les journaux IIS viennent ensuite.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="443"/>
        <source>None of the documented causes of this branch shows on the server. The fix page lists what else to look at.</source>
        <translation>Aucune des causes documentées de cette branche n’apparaît sur le serveur. La page de correction indique ce qu’il reste à examiner.</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/pages/causepage.cpp" line="447"/>
        <source>%n check(s) could not read their facts, so a cause may still hide there.</source>
        <translation>
            <numerusform>%n vérification n’a pas pu lire ses informations&#xa0;: une cause peut encore s’y cacher.</numerusform>
            <numerusform>%n vérifications n’ont pas pu lire leurs informations&#xa0;: une cause peut encore s’y cacher.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="499"/>
        <source>The troubleshooting tree cannot be read: %1</source>
        <translation>L’arbre de dépannage ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="642"/>
        <source>Cause: %1</source>
        <translation>Cause&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizard/pages/causepage.cpp" line="645"/>
        <source>Cause: none found</source>
        <translation>Cause&#xa0;: aucune trouvée</translation>
    </message>
</context>
<context>
    <name>ndes::ui::CauseRunner</name>
    <message>
        <location filename="../wizard/causerunner.cpp" line="26"/>
        <source>The facts of the training scenario &quot;%1&quot; cannot be read: %2</source>
        <translation>Les informations du scénario de formation «&#xa0;%1&#xa0;» ne peuvent pas être lues&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../wizard/causerunner.cpp" line="36"/>
        <source>No snapshot is open: go back to the first page and open one.</source>
        <translation>Aucun instantané n’est ouvert&#xa0;: revenez à la première page pour en ouvrir un.</translation>
    </message>
    <message>
        <location filename="../wizard/causerunner.cpp" line="42"/>
        <source>The snapshot %1 cannot be read: %2</source>
        <translation>L’instantané %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ndes::ui::CodeBox</name>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="165"/>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="167"/>
        <source>Command prompt</source>
        <translation>Invite de commandes</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="169"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="170"/>
        <source>changes the server</source>
        <translation>modifie le serveur</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="171"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="171"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="172"/>
        <source>Copy the %1 command</source>
        <translation>Copier la commande %1</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="173"/>
        <source>&amp;Run...</source>
        <translation>E&amp;xécuter...</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="174"/>
        <source>Run the %1 command</source>
        <translation>Exécuter la commande %1</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="175"/>
        <source>%1 command</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="176"/>
        <source>Command output</source>
        <translation>Sortie de la commande</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="202"/>
        <source>Run this command?</source>
        <translation>Exécuter cette commande&#xa0;?</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="203"/>
        <source>This command changes the server. Run it only if you are allowed to.</source>
        <translation>Cette commande modifie le serveur. Ne l’exécutez que si vous y êtes autorisé.</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="204"/>
        <source>This command only reads information from the server.</source>
        <translation>Cette commande ne fait que lire des informations sur le serveur.</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="207"/>
        <source>The exact command:</source>
        <translation>La commande exacte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="211"/>
        <source>&amp;Run</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="233"/>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="235"/>
        <source>ended with exit code %1</source>
        <translation>terminée avec le code de sortie %1</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="240"/>
        <source>could not start: %1</source>
        <translation>impossible de démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/codebox.cpp" line="248"/>
        <source>running...</source>
        <translation>en cours...</translation>
    </message>
</context>
<context>
    <name>ndes::ui::DeviceLogPanel</name>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="71"/>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="110"/>
        <source>The device has its certificate. If Intune still shows the profile as failed, look at what the connector reports to Intune (stage 6).</source>
        <translation>L’appareil a son certificat. Si Intune affiche toujours le profil en échec, regardez ce que le connecteur signale à Intune (étape 6).</translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="117"/>
        <source>The log shows no SCEP profile at all: the profile may not have reached the device. Check its assignment in Intune (stage 1), then collect the log again.</source>
        <translation>Le journal ne montre aucun profil SCEP&#xa0;: le profil n’est peut-être pas arrivé sur l’appareil. Vérifiez son affectation dans Intune (étape 1), puis récupérez à nouveau le journal.</translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="120"/>
        <source>The device never reached NDES: check the SCEP server URL of the profile and the network path to it (application proxy, firewall, DNS).</source>
        <translation>L’appareil n’a jamais atteint NDES&#xa0;: vérifiez l’URL du serveur SCEP dans le profil et le chemin réseau jusqu’à elle (proxy d’application, pare-feu, DNS).</translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="124"/>
        <source>NDES did not give the device what it asked for. Test the URL: the server&apos;s answer tells the cause, the same way it does for the device.</source>
        <translation>NDES n’a pas donné à l’appareil ce qu’il demandait. Testez l’URL&#xa0;: la réponse du serveur indique la cause, comme elle le fait pour l’appareil.</translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="127"/>
        <source>The device did not send its certificate request: it did not accept what NDES sent (the MSCEP-RA certificates, or the chain of the server&apos;s certificate).</source>
        <translation>L’appareil n’a pas envoyé sa demande de certificat&#xa0;: il n’a pas accepté ce que NDES lui a envoyé (les certificats MSCEP-RA, ou la chaîne du certificat du serveur).</translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="130"/>
        <source>The request was sent but no usable answer came back: look at the IIS logs and at the connector&apos;s logs (NDESPlugin.log, connector events) on the NDES server.</source>
        <translation>La demande a été envoyée, mais aucune réponse exploitable n’est revenue&#xa0;: consultez les journaux IIS et ceux du connecteur (NDESPlugin.log, événements du connecteur) sur le serveur NDES.</translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="133"/>
        <source>NDES answered, but the certificate was not installed: the answer&apos;s status and the failure below tell why.</source>
        <translation>NDES a répondu, mais le certificat n’a pas été installé&#xa0;: le statut de la réponse et l’échec ci-dessous en donnent la raison.</translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="233"/>
        <source>The simulated logs cannot be copied to a temporary folder: %1</source>
        <translation>Les journaux simulés ne peuvent pas être copiés dans un dossier temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="280"/>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="659"/>
        <source>Open device or connector logs</source>
        <translation>Ouvrir des journaux d’appareil ou du connecteur</translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="284"/>
        <source>Logs (*.log *.txt *.rtf *.xml *.svclog)</source>
        <translation>Journaux (*.log *.txt *.rtf *.xml *.svclog)</translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="284"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/logs/devicelogpanel.cpp" line="369"/>
        <source>Device log: %1, %2, %n line(s) read.</source>
        <translation>
            <numerusform>Journal d’appareil&#xa0;: %1, %2, %n ligne lue.</numerusform>
            <numerusform>Journal d’appareil&#xa0;: %1, %2, %n lignes lues.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="396"/>
        <source>Error code: %1.</source>
        <translation>Code d’erreur&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="407"/>
        <source>NDES URL the device used: %1</source>
        <translation>URL NDES utilisée par l’appareil&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="410"/>
        <source>Test this &amp;URL</source>
        <translation>Tester cette &amp;URL</translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="413"/>
        <source>Test the URL %1</source>
        <translation>Tester l’URL %1</translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="419"/>
        <source>Training: the test goes to the simulated server, which stands for this address.</source>
        <translation>Formation&#xa0;: le test s’adresse au serveur simulé, qui tient lieu de cette adresse.</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/logs/devicelogpanel.cpp" line="471"/>
        <source>Connector log: %1, %n record(s) read.</source>
        <translation>
            <numerusform>Journal du connecteur&#xa0;: %1, %n enregistrement lu.</numerusform>
            <numerusform>Journal du connecteur&#xa0;: %1, %n enregistrements lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/logs/devicelogpanel.cpp" line="474"/>
        <source>%n record(s) could not be read.</source>
        <translation>
            <numerusform>%n enregistrement n’a pas pu être lu.</numerusform>
            <numerusform>%n enregistrements n’ont pas pu être lus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="499"/>
        <source>Stage %1: %2</source>
        <translation>Étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="507"/>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="560"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="517"/>
        <source>What the log shows</source>
        <translation>Ce que montre le journal</translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="542"/>
        <source>How to fix</source>
        <translation>Comment corriger</translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="548"/>
        <source>How to fix: %1</source>
        <translation>Comment corriger&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="581"/>
        <source>%1 does not exist (any more).</source>
        <translation>%1 n’existe pas (ou plus).</translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="582"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="583"/>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="585"/>
        <source>%1 is neither a device log (Android OMADM.log, iOS console text, Windows device management events) nor a connector log (NDESPlugin.log, .svclog, connector events).</source>
        <translation>%1 n’est ni un journal d’appareil (OMADM.log d’Android, texte de la console iOS, événements de gestion des appareils Windows) ni un journal du connecteur (NDESPlugin.log, .svclog, événements du connecteur).</translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="655"/>
        <source>Drop the logs a device or the connector wrote: Android OMADM.log, iOS console text, Windows device management events, NDESPlugin.log, .svclog files or connector events. Each file is recognised by its content.</source>
        <translation>Déposez ici les journaux écrits par un appareil ou par le connecteur&#xa0;: OMADM.log d’Android, texte de la console iOS, événements de gestion des appareils Windows, NDESPlugin.log, fichiers .svclog ou événements du connecteur. Chaque fichier est reconnu d’après son contenu.</translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="658"/>
        <source>&amp;Open log...</source>
        <translation>&amp;Ouvrir un journal...</translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="660"/>
        <source>Load the &amp;simulated device&apos;s log</source>
        <translation>Charger le journal de l’appareil &amp;simulé</translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="661"/>
        <source>Load the simulated device&apos;s log</source>
        <translation>Charger le journal de l’appareil simulé</translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="662"/>
        <source>This scenario has no simulated device log.</source>
        <translation>Ce scénario n’a pas de journal d’appareil simulé.</translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="663"/>
        <source>Release to read these files</source>
        <translation>Relâchez pour lire ces fichiers</translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="663"/>
        <source>Drop log files here</source>
        <translation>Déposez les fichiers journaux ici</translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="666"/>
        <source>Reading %1 of %2 file(s)...</source>
        <translation>Lecture du fichier %1 sur %2...</translation>
    </message>
    <message>
        <location filename="../wizard/logs/devicelogpanel.cpp" line="668"/>
        <source>No log read yet.</source>
        <translation>Aucun journal lu pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/logs/devicelogpanel.cpp" line="670"/>
        <source>%n file(s) read.</source>
        <translation>
            <numerusform>%n fichier lu.</numerusform>
            <numerusform>%n fichiers lus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ndes::ui::DeviceLogsPage</name>
    <message>
        <location filename="../wizard/pages/devicelogspage.cpp" line="41"/>
        <source>Review device logs</source>
        <translation>Examiner les journaux des appareils</translation>
    </message>
    <message>
        <location filename="../wizard/pages/devicelogspage.cpp" line="42"/>
        <source>How far did the devices get, and what did the connector see? Read the logs of a device or of the Intune connector.</source>
        <translation>Jusqu’où les appareils sont-ils allés, et qu’a vu le connecteur&#xa0;? Lisez les journaux d’un appareil ou du connecteur Intune.</translation>
    </message>
</context>
<context>
    <name>ndes::ui::FixDialog</name>
    <message>
        <location filename="../wizard/logs/fixdialog.cpp" line="36"/>
        <source>Close the fix page</source>
        <translation>Fermer la page de correction</translation>
    </message>
    <message>
        <location filename="../wizard/logs/fixdialog.cpp" line="41"/>
        <source>How to fix - %1</source>
        <translation>Comment corriger - %1</translation>
    </message>
</context>
<context>
    <name>ndes::ui::FlowDiagram</name>
    <message>
        <location filename="../wizard/widgets/flowdiagram.cpp" line="38"/>
        <source>SCEP enrolment flow</source>
        <translation>Déroulement de l’inscription SCEP</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/flowdiagram.cpp" line="42"/>
        <source>%1. %2 (current stage)</source>
        <translation>%1. %2 (étape en cours)</translation>
    </message>
</context>
<context>
    <name>ndes::ui::HelpDialog</name>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="49"/>
        <source>Help - NDES Doctor</source>
        <translation>Aide - NDES Doctor</translation>
    </message>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="50"/>
        <source>Close the help</source>
        <translation>Fermer l’aide</translation>
    </message>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="51"/>
        <source>Help for this step</source>
        <translation>Aide pour cette étape</translation>
    </message>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="76"/>
        <source># Getting started

**Live** tests the SCEP URL of a real NDES server. On the NDES server itself, the tool can also check the server&apos;s settings, logs and certificates; those checks need Windows.

**Training** starts a simulated NDES server on this computer, with the fault of your choice. Everything works as in the field, and nothing real is touched. A coloured banner reminds you that the results are simulated.</source>
        <translation># Pour commencer

**En direct** teste l’URL SCEP d’un vrai serveur NDES. Sur le serveur NDES lui-même, l’outil peut aussi vérifier ses paramètres, ses journaux et ses certificats&#xa0;; ces vérifications demandent Windows.

**Formation** démarre sur cet ordinateur un serveur NDES simulé, avec la panne de votre choix. Tout se passe comme sur le terrain, et rien de réel n’est touché. Un bandeau de couleur rappelle que les résultats sont simulés.</translation>
    </message>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="83"/>
        <source># Training scenarios

Each scenario reproduces one documented fault of an NDES server: a stopped application pool, a missing connector, expired certificates, limits left at their defaults...

**Surprise me** picks one at random and hides its name. On the verdict page you choose the cause yourself before the answer is shown.</source>
        <translation># Scénarios de formation

Chaque scénario reproduit une panne documentée d’un serveur NDES&#xa0;: pool d’applications arrêté, connecteur absent, certificats expirés, limites laissées par défaut...

**Surprenez-moi** en choisit un au hasard et cache son nom. Sur la page du verdict, vous choisissez vous-même la cause avant que la réponse s’affiche.</translation>
    </message>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="89"/>
        <source># The SCEP server URL

Devices reach NDES at the address in their SCEP certificate profile. In the Intune admin center, open the profile: the address is listed under **SCEP Server URLs**, for example `https://ndes.contoso.com/certsrv/mscep/mscep.dll`.

**Advanced settings**

- *Time limit per request*: how long to wait for each answer.
- *Long URL size*: the size of the long request. Devices can send up to 65,534 bytes; the server&apos;s limits must allow that.
- *Extra trusted CA file*: a PEM file with the root certificate of the server&apos;s TLS certificate, when this computer does not trust it already.</source>
        <translation># L’URL du serveur SCEP

Les appareils joignent NDES à l’adresse indiquée dans leur profil de certificat SCEP. Dans le centre d’administration Intune, ouvrez le profil&#xa0;: l’adresse figure sous **URL de serveur SCEP** (SCEP Server URLs), par exemple `https://ndes.contoso.com/certsrv/mscep/mscep.dll`.

**Paramètres avancés**

- *Délai par requête*&#xa0;: combien de temps attendre chaque réponse.
- *Taille de l’URL longue*&#xa0;: la taille de la requête longue. Les appareils peuvent envoyer jusqu’à 65 534 octets&#xa0;; les limites du serveur doivent le permettre.
- *Fichier d’AC approuvée en plus*&#xa0;: un fichier PEM contenant le certificat racine du certificat TLS du serveur, si cet ordinateur ne l’approuve pas déjà.</translation>
    </message>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="100"/>
        <source># The URL test

Four requests are sent at the same time:

1. **Browser test**: the URL alone. A healthy NDES server answers *403 Forbidden*.
2. **GetCACaps**: what the SCEP server can do.
3. **GetCACert**: the certificates of the CA and of NDES (the MSCEP-RA certificates).
4. **Long URL**: a request as long as the ones devices send, to check the server&apos;s size limits.

No certificate request is ever sent, so the NDES logs stay clean.</source>
        <translation># Le test de l’URL

Quatre requêtes partent en même temps&#xa0;:

1. **Test navigateur**&#xa0;: l’URL seule. Un serveur NDES sain répond *403 Forbidden*.
2. **GetCACaps**&#xa0;: ce que sait faire le serveur SCEP.
3. **GetCACert**&#xa0;: les certificats de l’AC et de NDES (les certificats MSCEP-RA).
4. **URL longue**&#xa0;: une requête aussi longue que celles des appareils, pour vérifier les limites de taille du serveur.

Aucune demande de certificat n’est jamais envoyée&#xa0;: les journaux NDES restent propres.</translation>
    </message>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="108"/>
        <source># Finding the cause

Each branch of the troubleshooting tree has its known causes. NDES Doctor checks each of them on the server: the SCEP application pool, the certificates, the service account, the IIS settings, the logs...

- **Problem**: this check found a fault. The first one, in the order of the documentation, is the cause, shown first.
- **Warning**: something to look at, but not enough to explain the failure.
- **OK**: this cause is ruled out.
- **Not checked**: the facts this check needs could not be read here.

Open **Evidence** under a check to see the values, lines and certificates it read. The checks read the server itself in live mode (Windows only), the snapshot in snapshot mode, and the recorded facts of the scenario in training.</source>
        <translation># Trouver la cause

Chaque branche de l’arbre de dépannage a ses causes connues. NDES Doctor vérifie chacune d’elles sur le serveur&#xa0;: le pool d’applications SCEP, les certificats, le compte de service, les paramètres IIS, les journaux…

- **Problème**&#xa0;: cette vérification a trouvé une panne. La première, dans l’ordre de la documentation, est la cause&#xa0;; elle est affichée en tête.
- **Attention**&#xa0;: un point à examiner, mais qui ne suffit pas à expliquer l’échec.
- **OK**&#xa0;: cette cause est écartée.
- **Non vérifié**&#xa0;: les informations nécessaires à cette vérification n’ont pas pu être lues ici.

Ouvrez **Preuves** sous une vérification pour voir les valeurs, les lignes et les certificats qu’elle a lus. Les vérifications lisent le serveur lui-même en mode direct (Windows uniquement), l’instantané en mode instantané, et les informations enregistrées du scénario en formation.</translation>
    </message>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="121"/>
        <source># Reviewing the IIS logs

When the SCEP URL works but devices still get no certificate, the IIS logs of the NDES server tell whether their requests arrived, and what IIS answered them.

- On the NDES server, the logs are in `%SystemDrive%\inetpub\logs\LogFiles\W3SVC1` (one `u_exYYMMDD.log` file per day). Refusals by HTTP.sys, before IIS, are in `%SystemRoot%\System32\LogFiles\HTTPERR`.
- Choose the folder or the files, or drop them on the page. Reading a large log can take a moment: **Cancel reading** stops it at once.
- **No SCEP request at all**: the devices never reached IIS. Something on the way blocks them: firewall, proxy, application proxy, or a wrong URL in the profile.
- **200**: the device reached NDES; look next at the device&apos;s own log and at the connector.
- **500 0 1346**, **414**, **404.15**, **503** and the others: each finding says what it means, and **How to fix** opens the fix.

IIS writes its times in UTC; the page shows local time next to them. IIS also writes its log in batches, so the last minute or so may be missing.</source>
        <translation># Examiner les journaux IIS

Quand l’URL SCEP fonctionne mais que les appareils n’obtiennent toujours pas de certificat, les journaux IIS du serveur NDES indiquent si leurs requêtes sont arrivées, et ce qu’IIS leur a répondu.

- Sur le serveur NDES, les journaux se trouvent dans `%SystemDrive%\inetpub\logs\LogFiles\W3SVC1` (un fichier `u_exAAMMJJ.log` par jour). Les refus de HTTP.sys, avant IIS, sont dans `%SystemRoot%\System32\LogFiles\HTTPERR`.
- Choisissez le dossier ou les fichiers, ou déposez-les sur la page. La lecture d’un gros journal peut prendre un moment&#xa0;: **Annuler la lecture** l’arrête aussitôt.
- **Aucune requête SCEP**&#xa0;: les appareils n’ont jamais atteint IIS. Quelque chose les bloque en chemin&#xa0;: pare-feu, proxy, proxy d’application, ou URL erronée dans le profil.
- **200**&#xa0;: l’appareil a atteint NDES&#xa0;; examinez ensuite le journal de l’appareil lui-même, puis le connecteur.
- **500 0 1346**, **414**, **404.15**, **503** et les autres&#xa0;: chaque constat explique sa signification, et **Comment corriger** ouvre la correction.

IIS écrit ses heures en UTC&#xa0;; la page affiche l’heure locale à côté. IIS écrit aussi son journal par lots&#xa0;: la dernière minute environ peut manquer.</translation>
    </message>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="137"/>
        <source># Reviewing the device and connector logs

A device&apos;s own log tells how far it got with NDES, step by step: the profile received, NDES contacted, GetCACaps and GetCACert answered, the request sent, the answer received, the certificate installed.

- **Android**: the Company Portal log, OMADM.log (turn on verbose logging first).
- **iOS and iPadOS**: the console messages of the profiled process, copied from the Console app on a Mac into a text file.
- **Windows**: the DeviceManagement-Enterprise-Diagnostics-Provider Admin events (36, 39, 32, 307), exported with wevtutil or copied from Event Viewer.

The connector&apos;s logs on the NDES server tell what happened next: NDESPlugin.log, the .svclog traces and the Certificate Connector events show whether the challenge was verified, the certificate issued and Intune told.

Drop the files on the page or choose **Open log...**: each file is recognised by its content. **Test this URL** tests the address the device used. **How to fix** opens the fix for a connector finding. **Logs...** in the side panel opens the same tools, and the list of where every log lives, at any step.</source>
        <translation># Examiner les journaux des appareils et du connecteur

Le journal de l’appareil indique jusqu’où il est allé avec NDES, étape par étape&#xa0;: profil reçu, NDES contacté, réponses à GetCACaps et GetCACert, demande envoyée, réponse reçue, certificat installé.

- **Android**&#xa0;: le journal du Portail d’entreprise, OMADM.log (activez d’abord la journalisation détaillée).
- **iOS et iPadOS**&#xa0;: les messages de la console du processus profiled, copiés depuis l’application Console d’un Mac dans un fichier texte.
- **Windows**&#xa0;: les événements Admin de DeviceManagement-Enterprise-Diagnostics-Provider (36, 39, 32, 307), exportés avec wevtutil ou copiés depuis l’Observateur d’événements.

Les journaux du connecteur, sur le serveur NDES, racontent la suite&#xa0;: NDESPlugin.log, les traces .svclog et les événements de Certificate Connector montrent si le challenge a été vérifié, le certificat émis et Intune prévenu.

Déposez les fichiers sur la page ou choisissez **Ouvrir un journal...**&#xa0;: chaque fichier est reconnu d’après son contenu. **Tester cette URL** teste l’adresse utilisée par l’appareil. **Comment corriger** ouvre la correction d’un constat du connecteur. **Journaux...**, dans le panneau latéral, ouvre les mêmes outils, ainsi que la liste des emplacements de tous les journaux, à toute étape.</translation>
    </message>
    <message>
        <location filename="../wizard/helpdialog.cpp" line="157"/>
        <source># Help

Run the URL test first: the help for the fix depends on what it finds.</source>
        <translation># Aide

Lancez d’abord le test de l’URL&#xa0;: l’aide sur la correction dépend de ce qu’il trouve.</translation>
    </message>
</context>
<context>
    <name>ndes::ui::HourChart</name>
    <message>
        <location filename="../wizard/widgets/hourchart.cpp" line="105"/>
        <source>2xx success</source>
        <translation>2xx réussite</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hourchart.cpp" line="106"/>
        <source>3xx redirected</source>
        <translation>3xx redirection</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hourchart.cpp" line="107"/>
        <source>4xx refused</source>
        <translation>4xx refus</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hourchart.cpp" line="108"/>
        <source>5xx server error</source>
        <translation>5xx erreur du serveur</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hourchart.cpp" line="109"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hourchart.cpp" line="213"/>
        <source>%1, %2 to %3</source>
        <translation>%1, de %2 à %3</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hourchart.cpp" line="217"/>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hourchart.cpp" line="226"/>
        <location filename="../wizard/widgets/hourchart.cpp" line="338"/>
        <source>No SCEP request to show.</source>
        <translation>Aucune requête SCEP à afficher.</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/widgets/hourchart.cpp" line="240"/>
        <source>%n bar(s), one per hour</source>
        <translation>
            <numerusform>%n barre, une par heure</numerusform>
            <numerusform>%n barres, une par heure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/widgets/hourchart.cpp" line="241"/>
        <source>%n bar(s), one per day</source>
        <translation>
            <numerusform>%n barre, une par jour</numerusform>
            <numerusform>%n barres, une par jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/widgets/hourchart.cpp" line="242"/>
        <source>%n bar(s), one per week</source>
        <translation>
            <numerusform>%n barre, une par semaine</numerusform>
            <numerusform>%n barres, une par semaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/widgets/hourchart.cpp" line="243"/>
        <source>%n bar(s), one per month</source>
        <translation>
            <numerusform>%n barre, une par mois</numerusform>
            <numerusform>%n barres, une par mois</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hourchart.cpp" line="248"/>
        <location filename="../wizard/widgets/hourchart.cpp" line="310"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/widgets/hourchart.cpp" line="250"/>
        <source>%n SCEP request(s) in local time, %1. Busiest: %2, with %3. %4.</source>
        <translation>
            <numerusform>%n requête SCEP en heure locale, %1. Pic&#xa0;: %2, avec %3. %4.</numerusform>
            <numerusform>%n requêtes SCEP en heure locale, %1. Pic&#xa0;: %2, avec %3. %4.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hourchart.cpp" line="256"/>
        <source>Chart of SCEP requests over time, by status</source>
        <translation>Graphique des requêtes SCEP dans le temps, par code d’état</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/widgets/hourchart.cpp" line="307"/>
        <source>%n SCEP request(s)</source>
        <translation>
            <numerusform>%n requête SCEP</numerusform>
            <numerusform>%n requêtes SCEP</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hourchart.cpp" line="369"/>
        <source>requests per hour, local time</source>
        <translation>requêtes par heure, heure locale</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hourchart.cpp" line="370"/>
        <source>requests per day, local time</source>
        <translation>requêtes par jour, heure locale</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hourchart.cpp" line="371"/>
        <source>requests per week, local time</source>
        <translation>requêtes par semaine, heure locale</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/hourchart.cpp" line="372"/>
        <source>requests per month, local time</source>
        <translation>requêtes par mois, heure locale</translation>
    </message>
</context>
<context>
    <name>ndes::ui::IisLogPanel</name>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="244"/>
        <source>This scenario has no simulated logs.</source>
        <translation>Ce scénario n’a pas de journaux simulés.</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="245"/>
        <source>Reads the IIS logs of the simulated NDES server for this scenario.</source>
        <translation>Lit les journaux IIS du serveur NDES simulé pour ce scénario.</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="271"/>
        <source>Choose the IIS log folder</source>
        <translation>Choisir le dossier des journaux IIS</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="278"/>
        <source>Choose IIS log files</source>
        <translation>Choisir des fichiers journaux IIS</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="279"/>
        <source>Log files (*.log);;All files (*)</source>
        <translation>Fichiers journaux (*.log);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="287"/>
        <location filename="../wizard/logs/iislogpanel.cpp" line="342"/>
        <location filename="../wizard/logs/iislogpanel.cpp" line="795"/>
        <source>Simulated server: %1</source>
        <translation>Serveur simulé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="353"/>
        <source>Stopping...</source>
        <translation>Arrêt en cours...</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="363"/>
        <source>Looking for log files...</source>
        <translation>Recherche des fichiers journaux...</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="366"/>
        <location filename="../wizard/logs/iislogpanel.cpp" line="800"/>
        <source>Reading the logs...</source>
        <translation>Lecture des journaux...</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="379"/>
        <source>%1 of %2, file %3 of %4</source>
        <translation>%1 sur %2, fichier %3 sur %4</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="384"/>
        <source>Reading the logs: %1</source>
        <translation>Lecture des journaux&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="411"/>
        <source>&quot;%1&quot; does not exist. Check the path, or choose the folder again.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe pas. Vérifiez le chemin, ou choisissez à nouveau le dossier.</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="413"/>
        <source>There is no log file (*.log) in &quot;%1&quot; or in its subfolders. IIS keeps its logs in %SystemDrive%\inetpub\logs\LogFiles\W3SVC1.</source>
        <translation>Aucun fichier journal (*.log) dans «&#xa0;%1&#xa0;» ni dans ses sous-dossiers. IIS range ses journaux dans %SystemDrive%\inetpub\logs\LogFiles\W3SVC1.</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="417"/>
        <source>The simulated logs could not be copied to &quot;%1&quot;.</source>
        <translation>Impossible de copier les journaux simulés dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="419"/>
        <source>&quot;%1&quot; cannot be read. Check that you may open it (run as administrator on the server).</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;». Vérifiez que vous avez le droit de l’ouvrir (lancez l’outil en administrateur sur le serveur).</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="440"/>
        <source>Reading stopped: what follows covers only the first %1 of %2.</source>
        <translation>Lecture arrêtée&#xa0;: ce qui suit ne couvre que les %1 premiers sur %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/logs/iislogpanel.cpp" line="444"/>
        <source>Read %n file(s), %1.</source>
        <translation>
            <numerusform>%n fichier lu, %1.</numerusform>
            <numerusform>%n fichiers lus, %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="460"/>
        <source>No SCEP request at all: no device reached IIS.</source>
        <translation>Aucune requête SCEP&#xa0;: aucun appareil n’a atteint IIS.</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/logs/iislogpanel.cpp" line="466"/>
        <source>Devices reach IIS: %n SCEP request(s), and the logs show no problem.</source>
        <translation>
            <numerusform>Les appareils atteignent IIS&#xa0;: %n requête SCEP, et les journaux ne montrent aucun problème.</numerusform>
            <numerusform>Les appareils atteignent IIS&#xa0;: %n requêtes SCEP, et les journaux ne montrent aucun problème.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="468"/>
        <source>These logs hold no request to the SCEP application.</source>
        <translation>Ces journaux ne contiennent aucune requête vers l’application SCEP.</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="471"/>
        <source>From %1 to %2, local time (in the logs, UTC: %3 to %4).</source>
        <translation>Du %1 au %2, heure locale (dans les journaux, en UTC&#xa0;: du %3 au %4).</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="523"/>
        <source>More about this...</source>
        <translation>En savoir plus...</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="523"/>
        <source>How to fix...</source>
        <translation>Comment corriger...</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="529"/>
        <source>How to fix: %1</source>
        <translation>Comment corriger&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="546"/>
        <source>device %1</source>
        <translation>appareil %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/logs/iislogpanel.cpp" line="551"/>
        <source>... and %n more</source>
        <translation>
            <numerusform>... et %n autre</numerusform>
            <numerusform>... et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="562"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="569"/>
        <source>Seen from %1 to %2, local time.</source>
        <translation>Vu du %1 au %2, heure locale.</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="594"/>
        <source>Nothing to report: no error status, no HTTP.sys refusal, no unreadable line.</source>
        <translation>Rien à signaler&#xa0;: aucun code d’erreur, aucun refus de HTTP.sys, aucune ligne illisible.</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="646"/>
        <source>Files read</source>
        <translation>Fichiers lus</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="651"/>
        <source>IIS site log</source>
        <translation>journal de site IIS</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="652"/>
        <source>HTTP.sys error log</source>
        <translation>journal d’erreurs HTTP.sys</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="653"/>
        <source>not recognised</source>
        <translation>non reconnu</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/logs/iislogpanel.cpp" line="655"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/logs/iislogpanel.cpp" line="657"/>
        <source>%n bad line(s)</source>
        <translation>
            <numerusform>%n ligne illisible</numerusform>
            <numerusform>%n lignes illisibles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="659"/>
        <source>reading stopped here</source>
        <translation>lecture arrêtée ici</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="662"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="663"/>
        <source>Bad lines (skipped)</source>
        <translation>Lignes illisibles (ignorées)</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="664"/>
        <source>first at %1</source>
        <translation>premières en %1</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="667"/>
        <source>SCEP requests (mscep.dll)</source>
        <translation>Requêtes SCEP (mscep.dll)</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="668"/>
        <source>By operation</source>
        <translation>Par opération</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="674"/>
        <source>By status</source>
        <translation>Par code d’état</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="679"/>
        <source>HTTP 201: the connector checked the request and accepted it.</source>
        <translation>HTTP 201&#xa0;: le connecteur a vérifié la demande et l’a acceptée.</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="681"/>
        <source>HTTP 204: the connector took note, with nothing to send back.</source>
        <translation>HTTP 204&#xa0;: le connecteur a pris note, sans rien à renvoyer.</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="685"/>
        <source>Windows code 1346: the account may not act on behalf of the client.</source>
        <translation>Code Windows 1346&#xa0;: le compte n’a pas le droit d’agir au nom du client.</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="687"/>
        <source>Windows code 0x800B0109: the certificate chain ends in an untrusted root.</source>
        <translation>Code Windows 0x800B0109&#xa0;: la chaîne de certificats aboutit à une racine non approuvée.</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="689"/>
        <source>Windows code 64: the client went away before the answer.</source>
        <translation>Code Windows 64&#xa0;: le client est parti avant la réponse.</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="694"/>
        <source>By platform</source>
        <translation>Par plateforme</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="701"/>
        <source>First seen</source>
        <translation>Première requête</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="702"/>
        <location filename="../wizard/logs/iislogpanel.cpp" line="704"/>
        <source>%1 local time (%2 UTC)</source>
        <translation>%1 heure locale (%2 UTC)</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="703"/>
        <source>Last seen</source>
        <translation>Dernière requête</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="709"/>
        <source>Policy module calls (CertificateRegistrationSvc)</source>
        <translation>Appels du module de stratégie (CertificateRegistrationSvc)</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="715"/>
        <source>Notify</source>
        <translation>Notify</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="715"/>
        <source>VerifyRequest</source>
        <translation>VerifyRequest</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="724"/>
        <source>HTTP.sys errors (HTTPERR)</source>
        <translation>Erreurs HTTP.sys (HTTPERR)</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="725"/>
        <source>On the SCEP application pool</source>
        <translation>Sur le pool d’applications SCEP</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="734"/>
        <source>All reasons</source>
        <translation>Toutes les raisons</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="771"/>
        <source>Log f&amp;older or files:</source>
        <translation>&amp;Dossier ou fichiers journaux&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="772"/>
        <source>For example C:\inetpub\logs\LogFiles\W3SVC1</source>
        <translation>Par exemple C:\inetpub\logs\LogFiles\W3SVC1</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="773"/>
        <source>Log folder or files</source>
        <translation>Dossier ou fichiers journaux</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="774"/>
        <source>&amp;Read</source>
        <translation>Li&amp;re</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="775"/>
        <source>Read the logs at this path</source>
        <translation>Lire les journaux à cet emplacement</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="776"/>
        <source>Drop IIS log files or folders here (W3SVC1, HTTPERR), or:</source>
        <translation>Déposez ici des fichiers ou dossiers de journaux IIS (W3SVC1, HTTPERR), ou&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="777"/>
        <source>Drop zone for log files</source>
        <translation>Zone de dépôt des fichiers journaux</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="778"/>
        <source>Choose a &amp;folder...</source>
        <translation>Choisir un d&amp;ossier...</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="779"/>
        <source>Choose f&amp;iles...</source>
        <translation>Choisir des &amp;fichiers...</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="780"/>
        <source>Load the simulated ser&amp;ver&apos;s logs</source>
        <translation>Charger les journaux du serveur si&amp;mulé</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="784"/>
        <source>&amp;Cancel reading</source>
        <translation>Ann&amp;uler la lecture</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="781"/>
        <source>Choose a log folder</source>
        <translation>Choisir un dossier de journaux</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="782"/>
        <source>Choose log files</source>
        <translation>Choisir des fichiers journaux</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="783"/>
        <source>Load the simulated server&apos;s logs</source>
        <translation>Charger les journaux du serveur simulé</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="785"/>
        <source>Stop reading the logs</source>
        <translation>Arrêter la lecture des journaux</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="786"/>
        <source>Reading the logs</source>
        <translation>Lecture des journaux</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="787"/>
        <source>What the logs say</source>
        <translation>Ce que disent les journaux</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="788"/>
        <location filename="../wizard/logs/iislogpanel.cpp" line="793"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="789"/>
        <source>SCEP requests over time</source>
        <translation>Requêtes SCEP dans le temps</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="790"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="791"/>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="791"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="791"/>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <location filename="../wizard/logs/iislogpanel.cpp" line="792"/>
        <source>Summary of the logs</source>
        <translation>Résumé des journaux</translation>
    </message>
</context>
<context>
    <name>ndes::ui::IisLogsPage</name>
    <message>
        <location filename="../wizard/pages/iislogspage.cpp" line="20"/>
        <source>IIS logs</source>
        <translation>Journaux IIS</translation>
    </message>
    <message>
        <location filename="../wizard/pages/iislogspage.cpp" line="25"/>
        <source>Review IIS logs</source>
        <translation>Examiner les journaux IIS</translation>
    </message>
    <message>
        <location filename="../wizard/pages/iislogspage.cpp" line="26"/>
        <source>Did the devices reach IIS, and what did IIS answer them? Read the logs of the NDES server to find out.</source>
        <translation>Les appareils ont-ils atteint IIS, et que leur a répondu IIS&#xa0;? Lisez les journaux du serveur NDES pour le savoir.</translation>
    </message>
</context>
<context>
    <name>ndes::ui::LogLocationsPanel</name>
    <message>
        <location filename="../wizard/loglocations.cpp" line="113"/>
        <source>IIS logs</source>
        <translation>Journaux IIS</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="115"/>
        <source>HTTP.sys error logs</source>
        <translation>Journaux d’erreurs HTTP.sys</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="117"/>
        <source>Application event log</source>
        <translation>Journal des événements Application</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="119"/>
        <source>CAPI2 operational log</source>
        <translation>Journal opérationnel CAPI2</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="121"/>
        <source>Connector setup log (SetupMsi.log)</source>
        <translation>Journal d’installation du connecteur (SetupMsi.log)</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="123"/>
        <source>Policy module log (NDESPlugin.log)</source>
        <translation>Journal du module de stratégie (NDESPlugin.log)</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="125"/>
        <source>Certificate registration point trace (.svclog)</source>
        <translation>Trace du point d’enregistrement de certificats (.svclog)</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="127"/>
        <source>Certificate Connector event logs</source>
        <translation>Journaux d’événements de Certificate Connector</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="129"/>
        <source>Connector service trace (.svclog)</source>
        <translation>Trace du service du connecteur (.svclog)</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="131"/>
        <source>Certificate request status files</source>
        <translation>Fichiers d’état des demandes de certificat</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="133"/>
        <source>Android: Company Portal log (OMADM.log)</source>
        <translation>Android&#xa0;: journal du Portail d’entreprise (OMADM.log)</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="135"/>
        <source>iOS and iPadOS: console messages</source>
        <translation>iOS et iPadOS&#xa0;: messages de la console</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="137"/>
        <source>Windows device: device management event log</source>
        <translation>Appareil Windows&#xa0;: journal d’événements de gestion des appareils</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="144"/>
        <source>Every request that reached IIS, with the status it answered: devices&apos; GetCACaps, GetCACert and PKIOperation requests to mscep.dll (200 is fine; 500 0 1346 is the missing impersonation right). No mscep.dll line at all means the devices never reached this server.</source>
        <translation>Chaque requête arrivée jusqu’à IIS, avec le statut renvoyé&#xa0;: les requêtes GetCACaps, GetCACert et PKIOperation des appareils vers mscep.dll (200 est correct&#xa0;; 500 0 1346 signale le droit d’emprunt d’identité manquant). Aucune ligne mscep.dll signifie que les appareils n’ont jamais atteint ce serveur.</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="149"/>
        <source>Requests that HTTP.sys refused before IIS saw them: 503 when the SCEP application pool is stopped, 400 or 414 when a request is longer than the HTTP.sys limits.</source>
        <translation>Les requêtes refusées par HTTP.sys avant qu’IIS ne les voie&#xa0;: 503 quand le pool d’applications SCEP est arrêté, 400 ou 414 quand une requête dépasse les limites de HTTP.sys.</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="153"/>
        <source>Crashes of the SCEP application pool: event 1000 for w3wp.exe. Open it in Event Viewer (eventvwr.msc), under Windows Logs &gt; Application.</source>
        <translation>Les plantages du pool d’applications SCEP&#xa0;: événement 1000 pour w3wp.exe. À ouvrir dans l’Observateur d’événements (eventvwr.msc), sous Journaux Windows &gt; Application.</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="156"/>
        <source>Chain building and revocation checks, once the log is turned on (it is off by default): shows a revocation list that cannot be downloaded. Event Viewer, Applications and Services Logs &gt; Microsoft &gt; Windows &gt; CAPI2 &gt; Operational.</source>
        <translation>La construction des chaînes et les contrôles de révocation, une fois le journal activé (il est désactivé par défaut)&#xa0;: montre une liste de révocation impossible à télécharger. Observateur d’événements, Journaux des applications et des services &gt; Microsoft &gt; Windows &gt; CAPI2 &gt; Opérationnel.</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="160"/>
        <source>The installation of the Intune connector. When the URL shows the plain NDES page, it tells whether the installation finished (installation success or error status: 0).</source>
        <translation>L’installation du connecteur Intune. Quand l’URL affiche la simple page NDES, il indique si l’installation est allée au bout («&#xa0;Installation success or error status: 0&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="164"/>
        <source>The Intune policy module: each request sent to the certificate registration point to have its challenge checked (VerifyRequest), the answer (Verify challenge returns true or false), and the notification after the certificate is issued.</source>
        <translation>Le module de stratégie Intune&#xa0;: chaque demande envoyée au point d’enregistrement de certificats pour faire vérifier son challenge (VerifyRequest), la réponse («&#xa0;Verify challenge returns true&#xa0;» ou «&#xa0;false&#xa0;»), et la notification une fois le certificat émis.</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="168"/>
        <source>The certificate registration point receiving and validating the requests (validation phases, VerifyRequest finished with status True or False). Open it with Service Trace Viewer, or in the device and connector logs tab.</source>
        <translation>Le point d’enregistrement de certificats qui reçoit et valide les demandes (phases de validation, «&#xa0;VerifyRequest Finished with status True&#xa0;» ou «&#xa0;False&#xa0;»). À ouvrir avec Service Trace Viewer, ou dans l’onglet des journaux d’appareil et du connecteur.</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="172"/>
        <source>The newer Certificate Connector for Microsoft Intune: SCEP events 4000 to 4010 (request received, verified, issued, reported to Intune, and their failures), in the Admin and Operational logs under Applications and Services Logs &gt; Microsoft-Intune-CertificateConnectors.</source>
        <translation>Le nouveau Certificate Connector for Microsoft Intune&#xa0;: événements SCEP 4000 à 4010 (demande reçue, vérifiée, émise, signalée à Intune, et leurs échecs), dans les journaux Admin et Operational sous Journaux des applications et des services &gt; Microsoft-Intune-CertificateConnectors.</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="177"/>
        <source>The connector talking to the Intune service, which receives the reports of issued certificates. The connection state is also in the registry: HKLM\SOFTWARE\Microsoft\MicrosoftIntune\NDESConnector, value ConnectionStatus.</source>
        <translation>Les échanges du connecteur avec le service Intune, qui reçoit les comptes rendus des certificats émis. L’état de la connexion figure aussi dans le Registre&#xa0;: HKLM\SOFTWARE\Microsoft\MicrosoftIntune\NDESConnector, valeur ConnectionStatus.</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="182"/>
        <source>One file per request in the Succeed, Failed or Processing folder, with the certificate serial number, user, device and thumbprint: what the connector reports to Intune.</source>
        <translation>Un fichier par demande dans le dossier Succeed, Failed ou Processing, avec le numéro de série du certificat, l’utilisateur, l’appareil et l’empreinte&#xa0;: ce que le connecteur signale à Intune.</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="186"/>
        <source>How far the Android device got: the GetCACaps and GetCACert answers, the request sent and the certificate installed. In the Company Portal app, turn on verbose logging, reproduce the problem, then send the logs by USB cable or e-mail.</source>
        <translation>Jusqu’où l’appareil Android est allé&#xa0;: les réponses à GetCACaps et GetCACert, la demande envoyée et le certificat installé. Dans l’application Portail d’entreprise, activez la journalisation détaillée, reproduisez le problème, puis envoyez les journaux par câble USB ou par e-mail.</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="190"/>
        <source>The profiled messages: the requests to the SCEP URL, the CSR sent, and errors such as an invalid answer from the Registration Authority. Connect the device to a Mac, open the Console app with info and debug messages, reproduce the problem, then copy the messages into a text file.</source>
        <translation>Les messages du processus profiled&#xa0;: les requêtes vers l’URL SCEP, la demande (CSR) envoyée et les erreurs, par exemple une réponse invalide de l’autorité d’inscription. Branchez l’appareil sur un Mac, ouvrez l’application Console avec les messages d’information et de débogage, reproduisez le problème, puis copiez les messages dans un fichier texte.</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="195"/>
        <source>On the Windows device: event 36 when the certificate request is made (with the NDES URL), 39 when the certificate is installed, 32 or 307 when it fails. Event Viewer, Applications and Services Logs &gt; Microsoft &gt; Windows &gt; DeviceManagement-Enterprise-Diagnostics-Provider &gt; Admin.</source>
        <translation>Sur l’appareil Windows&#xa0;: événement 36 quand la demande de certificat est créée (avec l’URL NDES), 39 quand le certificat est installé, 32 ou 307 en cas d’échec. Observateur d’événements, Journaux des applications et des services &gt; Microsoft &gt; Windows &gt; DeviceManagement-Enterprise-Diagnostics-Provider &gt; Admin.</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="204"/>
        <source>On the NDES server</source>
        <translation>Sur le serveur NDES</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="205"/>
        <source>On the device</source>
        <translation>Sur l’appareil</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="278"/>
        <source>Company Portal app &gt; Help &gt; Send logs (OMADM.log)</source>
        <translation>Application Portail d’entreprise &gt; Aide &gt; Envoyer les journaux (OMADM.log)</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="280"/>
        <source>Console app on a Mac &gt; the device &gt; process profiled</source>
        <translation>Application Console sur un Mac &gt; l’appareil &gt; processus profiled</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="290"/>
        <source>Training: on a real NDES server this button opens the log.</source>
        <translation>Formation&#xa0;: sur un vrai serveur NDES, ce bouton ouvre le journal.</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="293"/>
        <source>This log is on the device, not on the server.</source>
        <translation>Ce journal se trouve sur l’appareil, pas sur le serveur.</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="295"/>
        <source>This log is on the Windows NDES server; it cannot be opened from this computer.</source>
        <translation>Ce journal se trouve sur le serveur NDES Windows&#xa0;; il ne peut pas être ouvert depuis cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="297"/>
        <source>This folder is not on this server: %1</source>
        <translation>Ce dossier n’existe pas sur ce serveur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="301"/>
        <source>Snapshots do not hold a copy of this log.</source>
        <translation>Les instantanés ne contiennent pas de copie de ce journal.</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="304"/>
        <location filename="../wizard/loglocations.cpp" line="525"/>
        <source>This snapshot has no %1.</source>
        <translation>Cet instantané ne contient pas %1.</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="416"/>
        <source>Where each log of an NDES enrolment lives, what it shows, and at which stage of the SCEP flow it helps.</source>
        <translation>Où se trouve chaque journal d’une inscription NDES, ce qu’il montre, et à quelle étape du flux SCEP il sert.</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="420"/>
        <source>Training: these are the places on a real NDES server and on the devices. The Open buttons work in live mode on the server itself.</source>
        <translation>Formation&#xa0;: voici les emplacements sur un vrai serveur NDES et sur les appareils. Les boutons d’ouverture fonctionnent en mode direct, sur le serveur lui-même.</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="424"/>
        <source>Paths are shown as they are on this server. Open shows the folder or Event Viewer.</source>
        <translation>Les chemins sont affichés tels qu’ils sont sur ce serveur. Le bouton ouvre le dossier ou l’Observateur d’événements.</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="426"/>
        <source>Live mode on a computer that is not the NDES server: the paths are shown as written on Windows, and the folders cannot be opened from here.</source>
        <translation>Mode direct sur un ordinateur qui n’est pas le serveur NDES&#xa0;: les chemins sont affichés tels qu’ils s’écrivent sous Windows, et les dossiers ne peuvent pas être ouverts d’ici.</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="430"/>
        <source>Snapshot %1: Open shows the copy the snapshot holds, when it holds one.</source>
        <translation>Instantané %1&#xa0;: le bouton ouvre la copie que contient l’instantané, s’il en contient une.</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="444"/>
        <source>Stage %1: %2</source>
        <translation>Étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="448"/>
        <source>Location of %1</source>
        <translation>Emplacement de %1</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="452"/>
        <source>Open the copy</source>
        <translation>Ouvrir la copie</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="454"/>
        <source>Open Event Viewer</source>
        <translation>Ouvrir l’Observateur d’événements</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="456"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../wizard/loglocations.cpp" line="460"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ndes::ui::LogsWindow</name>
    <message>
        <location filename="../wizard/logswindow.cpp" line="104"/>
        <source>Logs - NDES Doctor - Training</source>
        <translation>Journaux - NDES Doctor - Formation</translation>
    </message>
    <message>
        <location filename="../wizard/logswindow.cpp" line="104"/>
        <source>Logs - NDES Doctor</source>
        <translation>Journaux - NDES Doctor</translation>
    </message>
    <message>
        <location filename="../wizard/logswindow.cpp" line="105"/>
        <source>Training: simulated server. Nothing in this window comes from a real NDES server.</source>
        <translation>Formation&#xa0;: serveur simulé. Rien dans cette fenêtre ne vient d’un vrai serveur NDES.</translation>
    </message>
    <message>
        <location filename="../wizard/logswindow.cpp" line="107"/>
        <source>&amp;IIS logs</source>
        <translation>Journaux &amp;IIS</translation>
    </message>
    <message>
        <location filename="../wizard/logswindow.cpp" line="108"/>
        <source>&amp;Device and connector logs</source>
        <translation>Journaux de l’&amp;appareil et du connecteur</translation>
    </message>
    <message>
        <location filename="../wizard/logswindow.cpp" line="109"/>
        <source>Log &amp;locations</source>
        <translation>&amp;Emplacements des journaux</translation>
    </message>
</context>
<context>
    <name>ndes::ui::MainWindow</name>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="333"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="336"/>
        <source>Language: %1</source>
        <translation>Langue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="388"/>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="389"/>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="390"/>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="393"/>
        <source>Mode: %1</source>
        <translation>Mode&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="394"/>
        <source>Training: the results come from a simulated server.</source>
        <translation>Formation&#xa0;: les résultats viennent d’un serveur simulé.</translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="395"/>
        <source>Live: the results come from the server you test.</source>
        <translation>En direct&#xa0;: les résultats viennent du serveur testé.</translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="397"/>
        <source>Mode: %1 (%2)</source>
        <translation>Mode&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="398"/>
        <source>Snapshot: the server&apos;s facts come from %1.</source>
        <translation>Instantané&#xa0;: les informations du serveur viennent de %1.</translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="406"/>
        <source>Training: simulated server. Nothing on these pages comes from a real NDES server.</source>
        <translation>Formation&#xa0;: serveur simulé. Rien sur ces pages ne vient d’un vrai serveur NDES.</translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="409"/>
        <source>Scenario: %1.</source>
        <translation>Scénario&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="413"/>
        <source>NDES Doctor - Training</source>
        <translation>NDES Doctor - Formation</translation>
    </message>
</context>
<context>
    <name>ndes::ui::ProbePage</name>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="162"/>
        <source>Testing the URL</source>
        <translation>Test de l’URL</translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="163"/>
        <source>Four requests, sent the way devices send them.</source>
        <translation>Quatre requêtes, envoyées comme le font les appareils.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="164"/>
        <source>NDES Doctor now asks the server what a browser and a device would ask. It never sends a certificate request.</source>
        <translation>NDES Doctor pose maintenant au serveur les questions d’un navigateur et d’un appareil. Il n’envoie jamais de demande de certificat.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="166"/>
        <source>Starting the simulated server (creating its keys and certificates)...</source>
        <translation>Démarrage du serveur simulé (création de ses clés et certificats)...</translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="167"/>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="168"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="169"/>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="170"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="171"/>
        <source>&amp;Stop the test</source>
        <translation>A&amp;rrêter le test</translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="172"/>
        <source>Stop the test</source>
        <translation>Arrêter le test</translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="173"/>
        <source>&amp;Run the test again</source>
        <translation>R&amp;elancer le test</translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="174"/>
        <source>Run the test again</source>
        <translation>Relancer le test</translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="181"/>
        <source>the test was stopped. Run it again when you are ready.</source>
        <translation>le test a été arrêté. Relancez-le quand vous êtes prêt.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="186"/>
        <source>the test is finished. Click Next to look at what the server answered.</source>
        <translation>le test est terminé. Cliquez sur Suivant pour voir ce que le serveur a répondu.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="218"/>
        <source>waiting for the answer...</source>
        <translation>en attente de la réponse...</translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="221"/>
        <source>%1: in progress</source>
        <translation>%1&#xa0;: en cours</translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="230"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="243"/>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="247"/>
        <source>expired certificate</source>
        <translation>certificat expiré</translation>
    </message>
    <message>
        <location filename="../wizard/pages/probepage.cpp" line="351"/>
        <source>URL test</source>
        <translation>Test de l’URL</translation>
    </message>
</context>
<context>
    <name>ndes::ui::ProbeRunner</name>
    <message>
        <location filename="../wizard/proberunner.cpp" line="47"/>
        <source>The simulated server could not start: %1</source>
        <translation>Le serveur simulé n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizard/proberunner.cpp" line="51"/>
        <source>The simulated server was stopped.</source>
        <translation>Le serveur simulé a été arrêté.</translation>
    </message>
    <message>
        <location filename="../wizard/proberunner.cpp" line="68"/>
        <source>The SCEP server URL cannot be tested; go back and correct it.</source>
        <translation>L’URL du serveur SCEP ne peut pas être testée&#xa0;; revenez en arrière pour la corriger.</translation>
    </message>
    <message>
        <location filename="../wizard/proberunner.cpp" line="79"/>
        <source>The CA file &quot;%1&quot; cannot be read.</source>
        <translation>Le fichier d’AC «&#xa0;%1&#xa0;» est illisible.</translation>
    </message>
    <message>
        <location filename="../wizard/proberunner.cpp" line="88"/>
        <source>The CA file &quot;%1&quot; holds no certificate.</source>
        <translation>Le fichier d’AC «&#xa0;%1&#xa0;» ne contient aucun certificat.</translation>
    </message>
</context>
<context>
    <name>ndes::ui::RemediationPage</name>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="100"/>
        <location filename="../wizard/pages/remediationpage.cpp" line="329"/>
        <source>Fix</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="101"/>
        <source>What to do, step by step. Then test again.</source>
        <translation>Que faire, étape par étape. Puis testez à nouveau.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="102"/>
        <source>Test a&amp;gain</source>
        <translation>Tester à &amp;nouveau</translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="108"/>
        <source>Run the check and the URL test again</source>
        <translation>Relancer la vérification et le test de l’URL</translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="109"/>
        <source>Run the check again</source>
        <translation>Relancer la vérification</translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="114"/>
        <source>Test the URL again</source>
        <translation>Tester l’URL à nouveau</translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="103"/>
        <source>A&amp;pply the fix (simulated)</source>
        <translation>Appli&amp;quer la correction (simulée)</translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="104"/>
        <source>Apply the fix on the simulated server</source>
        <translation>Appliquer la correction sur le serveur simulé</translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="107"/>
        <source>%1 (the cause found)</source>
        <translation>%1 (la cause trouvée)</translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="267"/>
        <source>running the check &quot;%1&quot; again...</source>
        <translation>nouvelle vérification «&#xa0;%1&#xa0;» en cours…</translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="273"/>
        <source>the check &quot;%1&quot; now passes.</source>
        <translation>la vérification «&#xa0;%1&#xa0;» est maintenant correcte.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="275"/>
        <source>the check &quot;%1&quot; could not run: %2</source>
        <translation>la vérification «&#xa0;%1&#xa0;» n’a pas pu être faite&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="279"/>
        <source>the check &quot;%1&quot; still finds a problem: %2</source>
        <translation>la vérification «&#xa0;%1&#xa0;» trouve encore un problème&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="288"/>
        <source>restarting the simulated server...</source>
        <translation>redémarrage du serveur simulé...</translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="289"/>
        <source>testing the URL again...</source>
        <translation>nouveau test de l’URL...</translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="294"/>
        <source>the URL now answers 403, as a healthy NDES server does.</source>
        <translation>l’URL répond maintenant 403, comme un serveur NDES en bonne santé.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="297"/>
        <source>the URL still fails. %1</source>
        <translation>l’URL échoue encore. %1</translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="315"/>
        <source>The fix worked.</source>
        <translation>La correction a marché.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="317"/>
        <source>The check passes now; the URL was not tested, so test it from a device or with the URL test before closing the ticket.</source>
        <translation>La vérification est maintenant correcte&#xa0;; l’URL n’a pas été testée&#xa0;: testez-la depuis un appareil ou avec le test d’URL avant de clore le ticket.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="320"/>
        <source>The snapshot still shows the problem: fix the server, take a new snapshot there, open it, then test again.</source>
        <translation>L’instantané montre toujours le problème&#xa0;: corrigez le serveur, prenez-y un nouvel instantané, ouvrez-le, puis testez de nouveau.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="323"/>
        <source>Not fixed yet: follow the steps above, then test again.</source>
        <translation>Pas encore corrigé&#xa0;: suivez les étapes ci-dessus, puis testez de nouveau.</translation>
    </message>
</context>
<context>
    <name>ndes::ui::RemediationView</name>
    <message>
        <location filename="../wizard/widgets/remediationview.cpp" line="118"/>
        <source>No fix page yet</source>
        <translation>Pas encore de page de correction</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/remediationview.cpp" line="119"/>
        <source>There is no remediation page for &quot;%1&quot; yet.</source>
        <translation>Il n’existe pas encore de page de correction pour «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ndes::ui::ScenarioPage</name>
    <message>
        <location filename="../wizard/pages/scenariopage.cpp" line="151"/>
        <source>%1. %2 Difficulty: %3.</source>
        <translation>%1. %2 Difficulté&#xa0;: %3.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/scenariopage.cpp" line="159"/>
        <source>Training scenario</source>
        <translation>Scénario de formation</translation>
    </message>
    <message>
        <location filename="../wizard/pages/scenariopage.cpp" line="160"/>
        <source>Choose the fault the simulated server will have.</source>
        <translation>Choisissez la panne du serveur simulé.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/scenariopage.cpp" line="161"/>
        <source>&amp;Scenarios (the simulated server runs on this computer only):</source>
        <translation>Scé&amp;narios (le serveur simulé tourne uniquement sur cet ordinateur)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizard/pages/scenariopage.cpp" line="162"/>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <location filename="../wizard/pages/scenariopage.cpp" line="163"/>
        <source>Surprise &amp;me</source>
        <translation>Surprenez-&amp;moi</translation>
    </message>
    <message>
        <location filename="../wizard/pages/scenariopage.cpp" line="164"/>
        <source>Surprise me: pick a scenario at random and hide its name</source>
        <translation>Surprenez-moi&#xa0;: choisir un scénario au hasard et cacher son nom</translation>
    </message>
    <message>
        <location filename="../wizard/pages/scenariopage.cpp" line="165"/>
        <source>Picks a scenario at random and hides its name: you find the cause yourself.</source>
        <translation>Choisit un scénario au hasard et cache son nom&#xa0;: vous trouvez la cause vous-même.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/scenariopage.cpp" line="231"/>
        <source>Scenario: surprise</source>
        <translation>Scénario&#xa0;: surprise</translation>
    </message>
    <message>
        <location filename="../wizard/pages/scenariopage.cpp" line="234"/>
        <source>Scenario: %1</source>
        <translation>Scénario&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ndes::ui::SidePanel</name>
    <message>
        <location filename="../wizard/sidepanel.cpp" line="111"/>
        <source>S&amp;teps so far</source>
        <translation>É&amp;tapes suivies</translation>
    </message>
    <message>
        <location filename="../wizard/sidepanel.cpp" line="112"/>
        <source>Steps so far; activate one to go back to it</source>
        <translation>Étapes suivies&#xa0;; activez-en une pour y revenir</translation>
    </message>
    <message>
        <location filename="../wizard/sidepanel.cpp" line="113"/>
        <source>Where we are in SCEP</source>
        <translation>Où en est-on dans SCEP</translation>
    </message>
    <message>
        <location filename="../wizard/sidepanel.cpp" line="114"/>
        <source>Lo&amp;gs...</source>
        <translation>&amp;Journaux...</translation>
    </message>
    <message>
        <location filename="../wizard/sidepanel.cpp" line="115"/>
        <source>Open the logs window</source>
        <translation>Ouvrir la fenêtre des journaux</translation>
    </message>
    <message>
        <location filename="../wizard/sidepanel.cpp" line="116"/>
        <source>IIS, device and connector logs, and where every log lives</source>
        <translation>Journaux IIS, des appareils et du connecteur, et l’emplacement de chaque journal</translation>
    </message>
    <message>
        <location filename="../wizard/sidepanel.cpp" line="138"/>
        <source>%1 (current step)</source>
        <translation>%1 (étape en cours)</translation>
    </message>
    <message>
        <location filename="../wizard/sidepanel.cpp" line="139"/>
        <source>Current step</source>
        <translation>Étape en cours</translation>
    </message>
    <message>
        <location filename="../wizard/sidepanel.cpp" line="141"/>
        <source>%1 (done; activate to go back)</source>
        <translation>%1 (faite&#xa0;; activez pour y revenir)</translation>
    </message>
    <message>
        <location filename="../wizard/sidepanel.cpp" line="142"/>
        <source>Go back to this step</source>
        <translation>Revenir à cette étape</translation>
    </message>
</context>
<context>
    <name>ndes::ui::StageTimeline</name>
    <message>
        <location filename="../wizard/widgets/stagetimeline.cpp" line="44"/>
        <source>reached</source>
        <translation>atteinte</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/stagetimeline.cpp" line="45"/>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/stagetimeline.cpp" line="46"/>
        <source>not reached</source>
        <translation>non atteinte</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/stagetimeline.cpp" line="47"/>
        <source>no outcome</source>
        <translation>sans résultat</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/stagetimeline.cpp" line="151"/>
        <source>Lines (%1)</source>
        <translation>Lignes (%1)</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/stagetimeline.cpp" line="152"/>
        <source>Show the log lines for %1</source>
        <translation>Afficher les lignes du journal pour %1</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/stagetimeline.cpp" line="153"/>
        <source>Log lines for %1</source>
        <translation>Lignes du journal pour %1</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/stagetimeline.cpp" line="161"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ndes::ui::StatusLabel</name>
    <message>
        <location filename="../wizard/widgets/status.cpp" line="24"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/status.cpp" line="25"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/status.cpp" line="26"/>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/status.cpp" line="27"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/status.cpp" line="28"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../wizard/widgets/status.cpp" line="40"/>
        <location filename="../wizard/widgets/status.cpp" line="50"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ndes::ui::UrlPage</name>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="130"/>
        <location filename="../wizard/pages/urlpage.cpp" line="135"/>
        <source>SCEP server URL</source>
        <translation>URL du serveur SCEP</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="131"/>
        <source>The address devices use to reach NDES.</source>
        <translation>L’adresse qu’utilisent les appareils pour joindre NDES.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="132"/>
        <source>S&amp;kip the URL test: analyse the snapshot only</source>
        <translation>Passer le &amp;test de l’URL&#xa0;: analyser seulement l’instantané</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="134"/>
        <source>SCEP server &amp;URL:</source>
        <translation>&amp;URL du serveur SCEP&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="136"/>
        <source>Where to find it: in the Intune admin center, open the SCEP certificate profile; the address is under &quot;SCEP Server URLs&quot;. It usually ends with /certsrv/mscep/mscep.dll.</source>
        <translation>Où la trouver&#xa0;: dans le centre d’administration Intune, ouvrez le profil de certificat SCEP&#xa0;; l’adresse figure sous «&#xa0;URL de serveur SCEP&#xa0;» (SCEP Server URLs). Elle se termine en général par /certsrv/mscep/mscep.dll.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="138"/>
        <source>&amp;Advanced settings</source>
        <translation>Paramètres a&amp;vancés</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="139"/>
        <source>Advanced settings</source>
        <translation>Paramètres avancés</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="141"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="142"/>
        <source>Time limit per request, in seconds</source>
        <translation>Délai par requête, en secondes</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="144"/>
        <source> bytes</source>
        <translation> octets</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="145"/>
        <source>Size of the long URL, in bytes</source>
        <translation>Taille de l’URL longue, en octets</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="146"/>
        <source>Intune devices can send URLs of up to 65,534 bytes; the server&apos;s limits must allow that.</source>
        <translation>Les appareils Intune peuvent envoyer des URL de 65 534 octets&#xa0;; les limites du serveur doivent le permettre.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="147"/>
        <source>Extra trusted &amp;CA file:</source>
        <translation>Fichier d’AC app&amp;rouvée en plus&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="148"/>
        <source>PEM file (optional)</source>
        <translation>Fichier PEM (facultatif)</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="149"/>
        <location filename="../wizard/pages/urlpage.cpp" line="292"/>
        <source>Extra trusted CA file</source>
        <translation>Fichier d’AC approuvée en plus</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="140"/>
        <source>T&amp;ime limit per request:</source>
        <translation>&amp;Délai par requête&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="133"/>
        <source>Skip the URL test and only analyse the snapshot</source>
        <translation>Passer le test de l’URL et analyser seulement l’instantané</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="143"/>
        <source>Lo&amp;ng URL size:</source>
        <translation>Taille de l’URL lon&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="150"/>
        <source>Bro&amp;wse...</source>
        <translation>Parc&amp;ourir...</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="151"/>
        <source>Browse for a CA file</source>
        <translation>Choisir un fichier d’AC</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="224"/>
        <source>Starting the simulated server (creating its keys and certificates)...</source>
        <translation>Démarrage du serveur simulé (création de ses clés et certificats)...</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="227"/>
        <source>The simulated server is running on this computer.</source>
        <translation>Le serveur simulé tourne sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="232"/>
        <source>The simulated server could not start: %1</source>
        <translation>Le serveur simulé n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="234"/>
        <source>The simulated server is stopped.</source>
        <translation>Le serveur simulé est arrêté.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="245"/>
        <source>only http:// and https:// addresses can be tested.</source>
        <translation>seules les adresses http:// et https:// peuvent être testées.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="247"/>
        <source>the address has no server name.</source>
        <translation>l’adresse ne contient pas de nom de serveur.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="249"/>
        <source>this is not a valid web address.</source>
        <translation>ce n’est pas une adresse web valide.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="252"/>
        <source>the address does not end with /mscep.dll, where NDES answers. You can still test it.</source>
        <translation>l’adresse ne se termine pas par /mscep.dll, où répond NDES. Vous pouvez quand même la tester.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="254"/>
        <source>the address looks right.</source>
        <translation>l’adresse semble correcte.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="296"/>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificats (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="296"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="304"/>
        <source>URL: not tested</source>
        <translation>URL&#xa0;: non testée</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="308"/>
        <source>URL: %1</source>
        <translation>URL&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ndes::ui::VerdictPage</name>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="184"/>
        <location filename="../wizard/pages/verdictpage.cpp" line="388"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="185"/>
        <location filename="../wizard/pages/verdictpage.cpp" line="189"/>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="186"/>
        <source>Look at what the server answered below. Which cause fits?</source>
        <translation>Regardez ci-dessous ce que le serveur a répondu. Quelle cause correspond&#xa0;?</translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="187"/>
        <source>&amp;Check my answer</source>
        <translation>&amp;Vérifier ma réponse</translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="188"/>
        <source>Check my answer</source>
        <translation>Vérifier ma réponse</translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="190"/>
        <source>What we saw</source>
        <translation>Ce que nous avons vu</translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="191"/>
        <source>The page as a browser shows it</source>
        <translation>La page telle que l’affiche un navigateur</translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="192"/>
        <source>What it means</source>
        <translation>Ce que cela signifie</translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="199"/>
        <source>Find the cause before the answer is shown.</source>
        <translation>Trouvez la cause avant que la réponse s’affiche.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="199"/>
        <source>What the test found, and what it means.</source>
        <translation>Ce que le test a trouvé, et ce que cela signifie.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="214"/>
        <source>right, well done.</source>
        <translation>bonne réponse, bravo.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="217"/>
        <source>not this time. The cause was: %1.</source>
        <translation>pas cette fois. La cause était&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="223"/>
        <source>no result yet: go back and run the test.</source>
        <translation>pas encore de résultat&#xa0;: revenez en arrière et lancez le test.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="230"/>
        <source>the test is finished. What went wrong?</source>
        <translation>le test est terminé. Qu’est-ce qui ne va pas&#xa0;?</translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="264"/>
        <source>Answer (%1)</source>
        <translation>Réponse (%1)</translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="269"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="269"/>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="277"/>
        <source>Application proxy</source>
        <translation>Proxy d’application</translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="277"/>
        <source>not in the path</source>
        <translation>absent du chemin</translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="289"/>
        <source>%1: %2 ms</source>
        <translation>%1&#xa0;: %2 ms</translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="292"/>
        <source>Redirects</source>
        <translation>Redirections</translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="293"/>
        <source>Times</source>
        <translation>Durées</translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="294"/>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="295"/>
        <source>none received</source>
        <translation>aucune reçue</translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="304"/>
        <source>expired on %1</source>
        <translation>expiré le %1</translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="307"/>
        <source>not valid yet</source>
        <translation>pas encore valide</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/pages/verdictpage.cpp" line="310"/>
        <location filename="../wizard/pages/verdictpage.cpp" line="312"/>
        <source>valid until %1, %n day(s) left</source>
        <translation>
            <numerusform>valide jusqu’au %1, encore %n jour</numerusform>
            <numerusform>valide jusqu’au %1, encore %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="314"/>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1 «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="317"/>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="346"/>
        <source>%1 failed: %2.</source>
        <translation>%1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="348"/>
        <source>%1 all failed the same way: %2.</source>
        <translation>%1 ont échoué de la même façon&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="367"/>
        <source>These answers came from HTTP.sys, not from IIS: %1. The requests never reached the SCEP application.</source>
        <translation>Ces réponses viennent de HTTP.sys, pas d’IIS&#xa0;: %1. Les requêtes n’ont jamais atteint l’application SCEP.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="371"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../wizard/pages/verdictpage.cpp" line="389"/>
        <source>Verdict: %1</source>
        <translation>Verdict&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ndes::ui::WelcomePage</name>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="114"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="115"/>
        <source>What do you want to do?</source>
        <translation>Que voulez-vous faire&#xa0;?</translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="116"/>
        <source>NDES Doctor tests the SCEP address of an NDES server the way devices use it, tells you what it saw, and shows you how to fix what is wrong.</source>
        <translation>NDES Doctor teste l’adresse SCEP d’un serveur NDES comme l’utilisent les appareils, vous dit ce qu’il a vu et vous montre comment corriger ce qui ne va pas.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="118"/>
        <source>&amp;Diagnose this NDES server (live)</source>
        <translation>&amp;Diagnostiquer ce serveur NDES (en direct)</translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="120"/>
        <source>Test the SCEP URL and check this server&apos;s settings, logs and certificates.</source>
        <translation>Tester l’URL SCEP et vérifier les paramètres, les journaux et les certificats de ce serveur.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="122"/>
        <source>Checks on the server itself need Windows: run NDES Doctor on the NDES server for those. From here, the SCEP URL test still works.</source>
        <translation>Les vérifications sur le serveur lui-même demandent Windows&#xa0;: lancez NDES Doctor sur le serveur NDES pour celles-ci. D’ici, le test de l’URL SCEP fonctionne quand même.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="124"/>
        <source>Open a &amp;snapshot...</source>
        <translation>Ouvrir un &amp;instantané...</translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="125"/>
        <source>Analyse the logs and settings collected on an NDES server: a folder or a .zip file, opened below or dropped on this page.</source>
        <translation>Analyser les journaux et paramètres collectés sur un serveur NDES&#xa0;: un dossier ou un fichier .zip, ouvert ci-dessous ou déposé sur cette page.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="127"/>
        <source>F&amp;older...</source>
        <translation>D&amp;ossier…</translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="128"/>
        <location filename="../wizard/pages/welcomepage.cpp" line="173"/>
        <source>Open a snapshot folder</source>
        <translation>Ouvrir un dossier d’instantané</translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="129"/>
        <source>&amp;Zip file...</source>
        <translation>Fichier &amp;zip…</translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="130"/>
        <location filename="../wizard/pages/welcomepage.cpp" line="173"/>
        <source>Open a snapshot zip file</source>
        <translation>Ouvrir un fichier zip d’instantané</translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="132"/>
        <source>&amp;Training (offline)</source>
        <translation>&amp;Formation (hors ligne)</translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="133"/>
        <source>Practise on a simulated NDES server that has the fault of your choice. Nothing real is touched.</source>
        <translation>Vous exercer sur un serveur NDES simulé qui a la panne de votre choix. Rien de réel n’est touché.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="178"/>
        <source>Zip files (*.zip)</source>
        <translation>Fichiers zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="178"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="194"/>
        <source>there is no such file or folder</source>
        <translation>ce fichier ou ce dossier n’existe pas</translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="225"/>
        <source>The snapshot %1 cannot be opened: %2.</source>
        <translation>L’instantané %1 ne peut pas être ouvert&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="231"/>
        <source>No snapshot open yet.</source>
        <translation>Aucun instantané ouvert pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/pages/welcomepage.cpp" line="237"/>
        <source>(server %1, recorded on %2, %n fact(s)).</source>
        <translation>
            <numerusform>(serveur %1, enregistré le %2, %n information).</numerusform>
            <numerusform>(serveur %1, enregistré le %2, %n informations).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/pages/welcomepage.cpp" line="241"/>
        <source>(%n fact(s)).</source>
        <translation>
            <numerusform>(%n information).</numerusform>
            <numerusform>(%n informations).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/pages/welcomepage.cpp" line="245"/>
        <source>%n part(s) of it could not be read; the rest is used.</source>
        <translation>
            <numerusform>%n partie n’a pas pu être lue&#xa0;; le reste est utilisé.</numerusform>
            <numerusform>%n parties n’ont pas pu être lues&#xa0;; le reste est utilisé.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="291"/>
        <source>Start: live</source>
        <translation>Départ&#xa0;: en direct</translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="292"/>
        <source>Start: snapshot</source>
        <translation>Départ&#xa0;: instantané</translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="293"/>
        <source>Start: training</source>
        <translation>Départ&#xa0;: formation</translation>
    </message>
</context>
</TS>
