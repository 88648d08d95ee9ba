<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>FindingText</name>
    <message>
        <location filename="../wizard/texts.cpp" line="82"/>
        <source>HTTP.sys</source>
        <translation>HTTP.sys</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="84"/>
        <source>IIS request filtering</source>
        <translation>le filtrage des demandes d’IIS</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="85"/>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="244"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="245"/>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="246"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="262"/>
        <source>%1 failed with HTTP %2.</source>
        <translation>%1 a échoué avec HTTP %2.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="263"/>
        <source>%1 failed with HTTP %2 (%3).</source>
        <translation>%1 a échoué avec HTTP %2 (%3).</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="267"/>
        <source>%1 failed: %2.</source>
        <translation>%1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="268"/>
        <source>%1 failed: %2 (%3).</source>
        <translation>%1 a échoué&#xa0;: %2 (%3).</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="271"/>
        <source>Capabilities announced by the server: %1.</source>
        <translation>Capacités annoncées par le serveur&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="273"/>
        <source>GetCACaps answered, but announced no capability.</source>
        <translation>GetCACaps a répondu, mais sans annoncer aucune capacité.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="275"/>
        <source>The server does not announce POSTPKIOperation: devices send their requests inside the URL, so the long-URL limits matter.</source>
        <translation>Le serveur n’annonce pas POSTPKIOperation&#xa0;: les appareils envoient leurs demandes dans l’URL, les limites de longueur d’URL comptent donc.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="279"/>
        <source>%1 certificate &quot;%2&quot;, issued by &quot;%3&quot;, valid from %4 to %5</source>
        <translation>Certificat %1 «&#xa0;%2&#xa0;», émis par «&#xa0;%3&#xa0;», valide du %4 au %5</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/texts.cpp" line="284"/>
        <source>%1: expired %n day(s) ago.</source>
        <translation>
            <numerusform>%1&#xa0;: expiré depuis %n jour.</numerusform>
            <numerusform>%1&#xa0;: expiré depuis %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/texts.cpp" line="285"/>
        <source>%1: %n day(s) left.</source>
        <translation>
            <numerusform>%1&#xa0;: encore %n jour.</numerusform>
            <numerusform>%1&#xa0;: encore %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/texts.cpp" line="288"/>
        <source>The %1 certificate &quot;%2&quot; expired on %3, %n day(s) ago.</source>
        <translation>
            <numerusform>Le certificat %1 «&#xa0;%2&#xa0;» a expiré le %3, il y a %n jour.</numerusform>
            <numerusform>Le certificat %1 «&#xa0;%2&#xa0;» a expiré le %3, il y a %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/texts.cpp" line="293"/>
        <source>The %1 certificate &quot;%2&quot; expires on %3, in %n day(s).</source>
        <translation>
            <numerusform>Le certificat %1 «&#xa0;%2&#xa0;» expire le %3, dans %n jour.</numerusform>
            <numerusform>Le certificat %1 «&#xa0;%2&#xa0;» expire le %3, dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="298"/>
        <source>The GetCACert answer has no %1 certificate.</source>
        <translation>La réponse à GetCACert ne contient pas de certificat %1.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="301"/>
        <source>The GetCACert answer could not be read (content type &quot;%1&quot;): %2</source>
        <translation>La réponse à GetCACert est illisible (type de contenu «&#xa0;%1&#xa0;»)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="302"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="305"/>
        <source>The server calls itself &quot;%1&quot;.</source>
        <translation>Le serveur se présente comme «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="307"/>
        <source>The answer does not say which server sent it (no Server header).</source>
        <translation>La réponse ne dit pas quel serveur l’a envoyée (pas d’en-tête Server).</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="309"/>
        <source>The %1 answer came from HTTP.sys, not from IIS: the request never reached the SCEP application.</source>
        <translation>La réponse à %1 vient de HTTP.sys, pas d’IIS&#xa0;: la requête n’a jamais atteint l’application SCEP.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="315"/>
        <source>The request went through Microsoft Entra application proxy (headers: %1).</source>
        <translation>La requête est passée par le proxy d’application Microsoft Entra (en-têtes&#xa0;: %1).</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="318"/>
        <source>The proxy reports the error &quot;%1&quot;.</source>
        <translation>Le proxy signale l’erreur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="322"/>
        <source>%1 was redirected: %2.</source>
        <translation>%1 a été redirigé&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="327"/>
        <source>A URL of %1 bytes was refused with HTTP %2 by %3.</source>
        <translation>Une URL de %1 octets a été refusée avec HTTP %2 par %3.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="333"/>
        <source>A URL of %1 bytes was accepted.</source>
        <translation>Une URL de %1 octets a été acceptée.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="335"/>
        <source>TLS problem: %1.</source>
        <translation>Problème TLS&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="337"/>
        <source>%1 took %2 ms.</source>
        <translation>%1 a pris %2 ms.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="339"/>
        <source>The %1 answer was cut after %2 bytes.</source>
        <translation>La réponse à %1 a été tronquée après %2 octets.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="342"/>
        <source>The NDES page is in %1 without a byte-order mark, exactly as real NDES servers send it.</source>
        <translation>La page NDES est en %1 sans marque d’ordre des octets, exactement comme l’envoient les vrais serveurs NDES.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="353"/>
        <source>the request worked</source>
        <translation>la requête a abouti</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="358"/>
        <source>the server sends the browser elsewhere</source>
        <translation>le serveur renvoie le navigateur vers une autre adresse</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="359"/>
        <source>the server found the request malformed or too large</source>
        <translation>le serveur juge la requête mal formée ou trop grande</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="361"/>
        <source>sign-in required: the site&apos;s authentication settings refuse anonymous access</source>
        <translation>connexion exigée&#xa0;: les paramètres d’authentification du site refusent l’accès anonyme</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="362"/>
        <source>sign-in required: the site asks for credentials</source>
        <translation>connexion exigée&#xa0;: le site demande des identifiants</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="364"/>
        <source>access denied; on mscep.dll without a request, this is the healthy answer</source>
        <translation>accès refusé&#xa0;; sur mscep.dll sans requête, c’est la réponse d’un serveur sain</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="367"/>
        <source>request filtering refused a URL that is too long</source>
        <translation>le filtrage des demandes a refusé une URL trop longue</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="369"/>
        <source>request filtering refused a query string that is too long</source>
        <translation>le filtrage des demandes a refusé une chaîne de requête trop longue</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="371"/>
        <source>nothing at this address: check the path of the URL</source>
        <translation>rien à cette adresse&#xa0;: vérifiez le chemin de l’URL</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="373"/>
        <source>this method is not allowed here</source>
        <translation>cette méthode n’est pas autorisée ici</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="374"/>
        <source>the URL is longer than HTTP.sys accepts</source>
        <translation>l’URL dépasse la longueur acceptée par HTTP.sys</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="375"/>
        <source>the application failed while handling the request</source>
        <translation>l’application a échoué en traitant la requête</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="376"/>
        <source>a gateway got no valid answer from the server behind it</source>
        <translation>une passerelle n’a pas reçu de réponse valide du serveur situé derrière elle</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="377"/>
        <source>no application is there to take the request</source>
        <translation>aucune application n’est là pour prendre la requête</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="378"/>
        <source>a gateway waited too long for the server behind it</source>
        <translation>une passerelle a attendu trop longtemps le serveur situé derrière elle</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="379"/>
        <source>no documented meaning for this code</source>
        <translation>ce code n’a pas de signification documentée</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="381"/>
        <source>HTTP %1 means: %2.</source>
        <translation>HTTP %1 signifie&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>RequestText</name>
    <message>
        <location filename="../wizard/texts.cpp" line="445"/>
        <source>Browser test</source>
        <translation>Test navigateur</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="446"/>
        <source>GetCACaps</source>
        <translation>GetCACaps</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="447"/>
        <source>GetCACert</source>
        <translation>GetCACert</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="448"/>
        <source>Long URL</source>
        <translation>URL longue</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="465"/>
        <source>The URL alone, as a browser opens it</source>
        <translation>L’URL seule, comme l’ouvre un navigateur</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="466"/>
        <source>What the SCEP server can do</source>
        <translation>Ce que sait faire le serveur SCEP</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="467"/>
        <source>The CA and RA certificates</source>
        <translation>Les certificats de l’AC et de l’AE</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="468"/>
        <source>A URL as long as the ones devices send</source>
        <translation>Une URL aussi longue que celles des appareils</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="476"/>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="477"/>
        <source>No answer in time</source>
        <translation>Pas de réponse à temps</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="478"/>
        <source>Name not found</source>
        <translation>Nom introuvable</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="479"/>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="480"/>
        <source>Host unreachable</source>
        <translation>Hôte injoignable</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="481"/>
        <source>Secure connection failed</source>
        <translation>Échec de la connexion sécurisée</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="482"/>
        <source>Redirect loop</source>
        <translation>Boucle de redirection</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="483"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="484"/>
        <source>Not an HTTP server</source>
        <translation>Pas un serveur HTTP</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="485"/>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="505"/>
        <source>RA signing</source>
        <translation>signature de l’AE</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="506"/>
        <source>RA encryption</source>
        <translation>chiffrement de l’AE</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="507"/>
        <source>CA</source>
        <translation>AC</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="508"/>
        <source>Other</source>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>ScenarioText</name>
    <message>
        <location filename="../wizard/texts.cpp" line="386"/>
        <source>Healthy server</source>
        <translation>Serveur en bonne santé</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="387"/>
        <source>Connector not installed</source>
        <translation>Connecteur non installé</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="388"/>
        <source>SCEP application pool stopped</source>
        <translation>Pool d’applications SCEP arrêté</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="389"/>
        <source>Application proxy connector stopped</source>
        <translation>Connecteur du proxy d’application arrêté</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="390"/>
        <source>HTTP.sys limits left at their defaults</source>
        <translation>Limites HTTP.sys laissées par défaut</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="391"/>
        <source>Request filtering left at its defaults</source>
        <translation>Filtrage des demandes laissé par défaut</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="392"/>
        <source>Wrong external URL</source>
        <translation>URL externe erronée</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="393"/>
        <source>Service account locked out</source>
        <translation>Compte de service verrouillé</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="394"/>
        <source>MSCEP-RA certificates expired</source>
        <translation>Certificats MSCEP-RA expirés</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="395"/>
        <source>Untrusted server certificate</source>
        <translation>Certificat du serveur non approuvé</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="396"/>
        <source>Server never answers</source>
        <translation>Le serveur ne répond jamais</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="397"/>
        <source>Windows authentication turned on</source>
        <translation>Authentification Windows activée</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="398"/>
        <source>Impersonation right missing</source>
        <translation>Droit d’emprunt d’identité manquant</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="405"/>
        <source>Everything works; the URL answers 403 as it should.</source>
        <translation>Tout fonctionne&#xa0;; l’URL répond 403, comme il se doit.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="407"/>
        <source>The browser shows the NDES welcome page instead of an error.</source>
        <translation>Le navigateur affiche la page d’accueil de NDES au lieu d’une erreur.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="409"/>
        <source>Every request ends with &quot;Service Unavailable&quot;.</source>
        <translation>Chaque requête se termine par «&#xa0;Service Unavailable&#xa0;».</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="411"/>
        <source>Through the application proxy, requests end in GatewayTimeout.</source>
        <translation>Via le proxy d’application, les requêtes finissent en GatewayTimeout.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="413"/>
        <source>Short requests work; long ones get &quot;URL too long&quot;.</source>
        <translation>Les requêtes courtes passent&#xa0;; les longues reçoivent «&#xa0;URL trop longue&#xa0;».</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="415"/>
        <source>Short requests work; long ones get a 404.</source>
        <translation>Les requêtes courtes passent&#xa0;; les longues reçoivent une erreur 404.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="417"/>
        <source>The browser says the page can&apos;t be displayed.</source>
        <translation>Le navigateur indique que la page ne peut pas s’afficher.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="419"/>
        <source>Every NDES request fails with error 500.</source>
        <translation>Chaque requête NDES échoue avec l’erreur 500.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="421"/>
        <source>Error 500, and the server&apos;s RA certificates look old.</source>
        <translation>Erreur 500, et les certificats d’AE du serveur semblent anciens.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="423"/>
        <source>The browser warns that the connection is not secure.</source>
        <translation>Le navigateur avertit que la connexion n’est pas sécurisée.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="425"/>
        <source>The browser keeps loading until it gives up.</source>
        <translation>Le navigateur charge indéfiniment, puis abandonne.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="427"/>
        <source>The browser asks for a user name and password.</source>
        <translation>Le navigateur demande un nom d’utilisateur et un mot de passe.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="429"/>
        <source>The browser test looks fine, yet devices get error 500.</source>
        <translation>Le test navigateur semble correct, mais les appareils reçoivent l’erreur 500.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="436"/>
        <source>Easy</source>
        <translation>Facile</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="437"/>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="438"/>
        <source>Hard</source>
        <translation>Difficile</translation>
    </message>
</context>
<context>
    <name>StageText</name>
    <message>
        <location filename="../wizard/texts.cpp" line="526"/>
        <source>Profile deployed</source>
        <translation>Profil déployé</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="527"/>
        <source>Device to NDES</source>
        <translation>Appareil vers NDES</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="528"/>
        <source>NDES to policy module</source>
        <translation>NDES vers module de stratégie</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="529"/>
        <source>NDES to CA</source>
        <translation>NDES vers AC</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="530"/>
        <source>Certificate delivered</source>
        <translation>Certificat remis</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="531"/>
        <source>Reported to Intune</source>
        <translation>Signalé à Intune</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="539"/>
        <source>Intune sends the SCEP certificate profile to the device.</source>
        <translation>Intune envoie le profil de certificat SCEP à l’appareil.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="540"/>
        <source>The device contacts the NDES server at the SCEP URL.</source>
        <translation>L’appareil contacte le serveur NDES à l’URL SCEP.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="541"/>
        <source>NDES asks the Intune policy module to check the request.</source>
        <translation>NDES demande au module de stratégie Intune de vérifier la demande.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="542"/>
        <source>NDES passes the request to the certification authority.</source>
        <translation>NDES transmet la demande à l’autorité de certification.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="543"/>
        <source>The certificate goes back to the device and is installed.</source>
        <translation>Le certificat revient à l’appareil et s’installe.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="544"/>
        <source>The device reports the certificate to Intune.</source>
        <translation>L’appareil signale le certificat à Intune.</translation>
    </message>
</context>
<context>
    <name>VerdictText</name>
    <message>
        <location filename="../wizard/texts.cpp" line="93"/>
        <source>URL works (403)</source>
        <translation>L’URL fonctionne (403)</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="94"/>
        <source>NDES page instead of 403</source>
        <translation>Page NDES au lieu de 403</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="95"/>
        <source>Service unavailable (503)</source>
        <translation>Service indisponible (503)</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="96"/>
        <source>Gateway timeout</source>
        <translation>Délai de passerelle dépassé</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="97"/>
        <source>Long requests refused</source>
        <translation>Requêtes longues refusées</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="98"/>
        <source>Server unreachable</source>
        <translation>Serveur injoignable</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="99"/>
        <source>Internal error (500)</source>
        <translation>Erreur interne (500)</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="100"/>
        <source>Certificate not trusted</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="101"/>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="102"/>
        <source>Unexpected answer</source>
        <translation>Réponse inattendue</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="111"/>
        <source>The SCEP URL works: the server answers 403 Forbidden, which is what a healthy NDES server answers to a browser.</source>
        <translation>L’URL SCEP fonctionne&#xa0;: le serveur répond 403 Forbidden, c’est la réponse d’un serveur NDES sain à un navigateur.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="114"/>
        <source>The server shows the NDES welcome page instead of answering 403: the Intune certificate connector is not active.</source>
        <translation>Le serveur affiche la page d’accueil de NDES au lieu de répondre 403&#xa0;: le connecteur de certificats Intune n’est pas actif.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="117"/>
        <source>The SCEP application pool is not running: the server answers 503 Service Unavailable.</source>
        <translation>Le pool d’applications SCEP ne tourne pas&#xa0;: le serveur répond 503 Service Unavailable.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="119"/>
        <source>The application proxy cannot reach its connector: it answers GatewayTimeout.</source>
        <translation>Le proxy d’application n’arrive pas à joindre son connecteur&#xa0;: il répond GatewayTimeout.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="121"/>
        <source>Long requests are refused: the server rejects a URL as long as the ones devices send.</source>
        <translation>Les requêtes longues sont refusées&#xa0;: le serveur rejette une URL aussi longue que celles des appareils.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="123"/>
        <source>The server cannot be reached: a browser would say &quot;This page can&apos;t be displayed&quot;.</source>
        <translation>Le serveur est injoignable&#xa0;: un navigateur afficherait «&#xa0;Impossible d’afficher cette page&#xa0;».</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="125"/>
        <source>NDES fails with 500 Internal Server Error.</source>
        <translation>NDES échoue avec l’erreur 500 Internal Server Error.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="127"/>
        <source>The secure connection fails: the server&apos;s certificate is not trusted.</source>
        <translation>La connexion sécurisée échoue&#xa0;: le certificat du serveur n’est pas approuvé.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="129"/>
        <source>The server does not answer: no reply came before the time limit.</source>
        <translation>Le serveur ne répond pas&#xa0;: aucune réponse n’est arrivée dans le délai.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="132"/>
        <source>The server gives an unexpected answer: HTTP %1.</source>
        <translation>Le serveur donne une réponse inattendue&#xa0;: HTTP %1.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="133"/>
        <source>The server gives an unexpected answer.</source>
        <translation>Le serveur donne une réponse inattendue.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="149"/>
        <source>The browser test alone looks fine; the %1 request shows where devices fail.</source>
        <translation>Le test navigateur seul semble correct&#xa0;; c’est la requête %1 qui montre où les appareils échouent.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="156"/>
        <source>A 403 on the bare URL is the expected answer: IIS, NDES and the Intune policy module are all in place, and the SCEP requests work.

If devices still get no certificate, the problem is further along. Look at the IIS logs to see whether the devices reach this server, then at the logs of one device.</source>
        <translation>Un 403 sur l’URL seule est la réponse attendue&#xa0;: IIS, NDES et le module de stratégie Intune sont en place, et les requêtes SCEP fonctionnent.

Si les appareils n’obtiennent toujours pas de certificat, le problème est plus loin. Consultez les journaux IIS pour savoir si les appareils atteignent ce serveur, puis les journaux d’un appareil.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="162"/>
        <source>NDES itself works, but the Intune certificate connector, which plugs into NDES as its policy module, is not installed or not loaded. Without it NDES answers with its own welcome page, and devices cannot enrol.

Check the connector&apos;s installation log (SetupMsi.log). If the installation failed, install the connector again; if it succeeded, restart IIS.</source>
        <translation>NDES fonctionne, mais le connecteur de certificats Intune, qui se branche sur NDES comme module de stratégie, n’est pas installé ou pas chargé. Sans lui, NDES répond avec sa propre page d’accueil et les appareils ne peuvent pas s’inscrire.

Consultez le journal d’installation du connecteur (SetupMsi.log). Si l’installation a échoué, réinstallez le connecteur&#xa0;; si elle a réussi, redémarrez IIS.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="169"/>
        <source>The 503 page comes from HTTP.sys, the part of Windows under IIS: no IIS worker process was there to take the request. The SCEP application pool is stopped, or it starts and crashes (event 1000 for w3wp.exe in the Application log).

Known causes: an intermediate CA certificate stored among the trusted root certificates, a certificate revocation list that cannot be downloaded, or Windows authentication turned on for CertificateRegistrationSvc.</source>
        <translation>La page 503 vient de HTTP.sys, la couche de Windows sous IIS&#xa0;: aucun processus de travail IIS n’était là pour prendre la requête. Le pool d’applications SCEP est arrêté, ou il démarre puis plante (événement 1000 pour w3wp.exe dans le journal Application).

Causes connues&#xa0;: un certificat d’AC intermédiaire rangé parmi les autorités de certification racines de confiance, une liste de révocation impossible à télécharger, ou l’authentification Windows activée sur CertificateRegistrationSvc.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="177"/>
        <source>The request went through Microsoft Entra application proxy, which found no working connector to pass it to the NDES server.

The application proxy connector service (WAPCSvc) on the connector server is stopped, or it is not set to start automatically.</source>
        <translation>La requête est passée par le proxy d’application Microsoft Entra, qui n’a trouvé aucun connecteur en état de la transmettre au serveur NDES.

Le service du connecteur de proxy d’application (WAPCSvc) est arrêté sur le serveur du connecteur, ou il n’est pas configuré pour démarrer automatiquement.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="183"/>
        <source>The short requests work, but the long one is refused, by HTTP.sys (414) or by IIS request filtering (404.14 or 404.15). Devices send their certificate request inside the URL, up to 65,534 bytes, so they fail.

Raise the request filtering limits (maxUrl and maxQueryString) and the HTTP.sys limits (MaxFieldLength and MaxRequestBytes) to 65534.</source>
        <translation>Les requêtes courtes passent, mais la longue est refusée, par HTTP.sys (414) ou par le filtrage des demandes d’IIS (404.14 ou 404.15). Les appareils envoient leur demande de certificat dans l’URL, jusqu’à 65 534 octets&#xa0;: ils échouent donc.

Portez à 65534 les limites du filtrage des demandes (maxUrl et maxQueryString) et celles de HTTP.sys (MaxFieldLength et MaxRequestBytes).</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="190"/>
        <source>No HTTP answer came back: the name does not resolve, the connection is refused, or there is no route to the server.

When the URL goes through the application proxy, check that the external URL of the proxy application is exactly the URL of the SCEP profile. Otherwise check the DNS name and the firewalls between the devices and the server.</source>
        <translation>Aucune réponse HTTP n’est revenue&#xa0;: le nom ne se résout pas, la connexion est refusée ou aucune route ne mène au serveur.

Si l’URL passe par le proxy d’application, vérifiez que l’URL externe de l’application du proxy est exactement celle du profil SCEP. Sinon, vérifiez le nom DNS et les pare-feu entre les appareils et le serveur.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="197"/>
        <source>IIS received the request, but NDES could not handle it.

The usual causes: the NDES service account is locked out or its password has expired, or the MSCEP-RA certificates (the NDES server&apos;s own certificates) have expired. When the IIS log shows &quot;500 0 1346&quot;, the IIS_IUSRS group lacks the right to impersonate a client after authentication.</source>
        <translation>IIS a reçu la requête, mais NDES n’a pas pu la traiter.

Causes habituelles&#xa0;: le compte de service NDES est verrouillé ou son mot de passe a expiré, ou les certificats MSCEP-RA (les propres certificats du serveur NDES) ont expiré. Si le journal IIS indique «&#xa0;500 0 1346&#xa0;», le groupe IIS_IUSRS n’a pas le droit d’emprunter l’identité d’un client après authentification.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="204"/>
        <source>The TLS handshake failed before any HTTP exchange: the certificate chain is not trusted, the name does not match, or the certificate has expired. Devices fail in the same way.

Fix the certificate bound to the IIS site, or deploy the missing trusted root certificate profile to the devices.</source>
        <translation>La négociation TLS a échoué avant tout échange HTTP&#xa0;: la chaîne de certificats n’est pas approuvée, le nom ne correspond pas, ou le certificat a expiré. Les appareils échouent de la même façon.

Corrigez le certificat lié au site IIS, ou déployez sur les appareils le profil de certificat racine approuvé qui manque.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="210"/>
        <source>The connection opened, but no answer arrived in time.

Something on the path (a firewall, a proxy, a load balancer) holds or drops the traffic, or the server is overloaded.</source>
        <translation>La connexion s’est ouverte, mais aucune réponse n’est arrivée à temps.

Un élément sur le chemin (pare-feu, proxy, répartiteur de charge) retient ou jette le trafic, ou le serveur est surchargé.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="215"/>
        <source>This answer is none of the documented cases. Read the status code and the page below: the meaning of the IIS code is given with the findings.

A 401 usually means Windows authentication was turned on for the SCEP site; a redirect to a sign-in page means pre-authentication is enabled on the application proxy.</source>
        <translation>Cette réponse ne correspond à aucun cas documenté. Lisez le code d’état et la page ci-dessous&#xa0;: la signification du code IIS figure avec les constats.

Un 401 signifie en général que l’authentification Windows a été activée sur le site SCEP&#xa0;; une redirection vers une page de connexion signifie que la pré-authentification est activée sur le proxy d’application.</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="227"/>
        <source>Nothing: the SCEP URL is healthy</source>
        <translation>Rien&#xa0;: l’URL SCEP est saine</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="228"/>
        <source>The Intune certificate connector is not installed or not active</source>
        <translation>Le connecteur de certificats Intune n’est pas installé ou pas actif</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="229"/>
        <source>The SCEP application pool is stopped</source>
        <translation>Le pool d’applications SCEP est arrêté</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="230"/>
        <source>The application proxy connector service is stopped</source>
        <translation>Le service du connecteur de proxy d’application est arrêté</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="231"/>
        <source>The request size limits were never raised</source>
        <translation>Les limites de taille des requêtes n’ont jamais été relevées</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="232"/>
        <source>The URL is wrong or the host cannot be reached</source>
        <translation>L’URL est fausse ou l’hôte est injoignable</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="233"/>
        <source>The NDES service account or its RA certificates are at fault</source>
        <translation>Le compte de service NDES ou ses certificats d’AE sont en cause</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="234"/>
        <source>The server&apos;s TLS certificate is not trusted</source>
        <translation>Le certificat TLS du serveur n’est pas approuvé</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="235"/>
        <source>Something on the network drops the traffic</source>
        <translation>Un élément du réseau jette le trafic</translation>
    </message>
    <message>
        <location filename="../wizard/texts.cpp" line="236"/>
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
        <location filename="../wizard/helpdialog.cpp" line="111"/>
        <source># Help

Run the URL test first: the help for the fix depends on what it finds.</source>
        <translation># Aide

Lancez d’abord le test de l’URL&#xa0;: l’aide sur la correction dépend de ce qu’il trouve.</translation>
    </message>
</context>
<context>
    <name>ndes::ui::MainWindow</name>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="314"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="317"/>
        <source>Language: %1</source>
        <translation>Langue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="369"/>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="370"/>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="371"/>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="374"/>
        <location filename="../wizard/mainwindow.cpp" line="375"/>
        <source>Mode: %1</source>
        <translation>Mode&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="376"/>
        <source>Training: the results come from a simulated server.</source>
        <translation>Formation&#xa0;: les résultats viennent d’un serveur simulé.</translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="377"/>
        <source>Live: the results come from the server you test.</source>
        <translation>En direct&#xa0;: les résultats viennent du serveur testé.</translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="380"/>
        <source>Training: simulated server. Nothing on these pages comes from a real NDES server.</source>
        <translation>Formation&#xa0;: serveur simulé. Rien sur ces pages ne vient d’un vrai serveur NDES.</translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="383"/>
        <source>Scenario: %1.</source>
        <translation>Scénario&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../wizard/mainwindow.cpp" line="387"/>
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
        <location filename="../wizard/pages/probepage.cpp" line="359"/>
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
        <location filename="../wizard/pages/remediationpage.cpp" line="66"/>
        <location filename="../wizard/pages/remediationpage.cpp" line="166"/>
        <source>Fix</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="67"/>
        <source>What to do, step by step. Then test again.</source>
        <translation>Que faire, étape par étape. Puis testez à nouveau.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="68"/>
        <source>Test a&amp;gain</source>
        <translation>Tester à &amp;nouveau</translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="69"/>
        <source>Test the URL again</source>
        <translation>Tester l’URL à nouveau</translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="70"/>
        <source>A&amp;pply the fix (simulated)</source>
        <translation>Appli&amp;quer la correction (simulée)</translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="71"/>
        <source>Apply the fix on the simulated server</source>
        <translation>Appliquer la correction sur le serveur simulé</translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="150"/>
        <source>restarting the simulated server...</source>
        <translation>redémarrage du serveur simulé...</translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="151"/>
        <source>testing the URL again...</source>
        <translation>nouveau test de l’URL...</translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="156"/>
        <source>fixed: the URL now answers 403, as a healthy NDES server does.</source>
        <translation>corrigé&#xa0;: l’URL répond maintenant 403, comme un serveur NDES sain.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/remediationpage.cpp" line="158"/>
        <source>not fixed yet. %1</source>
        <translation>pas encore corrigé. %1</translation>
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
        <location filename="../wizard/sidepanel.cpp" line="90"/>
        <source>S&amp;teps so far</source>
        <translation>É&amp;tapes suivies</translation>
    </message>
    <message>
        <location filename="../wizard/sidepanel.cpp" line="91"/>
        <source>Steps so far; activate one to go back to it</source>
        <translation>Étapes suivies&#xa0;; activez-en une pour y revenir</translation>
    </message>
    <message>
        <location filename="../wizard/sidepanel.cpp" line="92"/>
        <source>Where we are in SCEP</source>
        <translation>Où en est-on dans SCEP</translation>
    </message>
    <message>
        <location filename="../wizard/sidepanel.cpp" line="114"/>
        <source>%1 (current step)</source>
        <translation>%1 (étape en cours)</translation>
    </message>
    <message>
        <location filename="../wizard/sidepanel.cpp" line="115"/>
        <source>Current step</source>
        <translation>Étape en cours</translation>
    </message>
    <message>
        <location filename="../wizard/sidepanel.cpp" line="117"/>
        <source>%1 (done; activate to go back)</source>
        <translation>%1 (faite&#xa0;; activez pour y revenir)</translation>
    </message>
    <message>
        <location filename="../wizard/sidepanel.cpp" line="118"/>
        <source>Go back to this step</source>
        <translation>Revenir à cette étape</translation>
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
        <location filename="../wizard/pages/urlpage.cpp" line="123"/>
        <location filename="../wizard/pages/urlpage.cpp" line="126"/>
        <source>SCEP server URL</source>
        <translation>URL du serveur SCEP</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="124"/>
        <source>The address devices use to reach NDES.</source>
        <translation>L’adresse qu’utilisent les appareils pour joindre NDES.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="125"/>
        <source>SCEP server &amp;URL:</source>
        <translation>&amp;URL du serveur SCEP&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="127"/>
        <source>Where to find it: in the Intune admin center, open the SCEP certificate profile; the address is under &quot;SCEP Server URLs&quot;. It usually ends with /certsrv/mscep/mscep.dll.</source>
        <translation>Où la trouver&#xa0;: dans le centre d’administration Intune, ouvrez le profil de certificat SCEP&#xa0;; l’adresse figure sous «&#xa0;URL de serveur SCEP&#xa0;» (SCEP Server URLs). Elle se termine en général par /certsrv/mscep/mscep.dll.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="129"/>
        <source>&amp;Advanced settings</source>
        <translation>Paramètres a&amp;vancés</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="130"/>
        <source>Advanced settings</source>
        <translation>Paramètres avancés</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="132"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="133"/>
        <source>Time limit per request, in seconds</source>
        <translation>Délai par requête, en secondes</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="135"/>
        <source> bytes</source>
        <translation> octets</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="136"/>
        <source>Size of the long URL, in bytes</source>
        <translation>Taille de l’URL longue, en octets</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="137"/>
        <source>Intune devices can send URLs of up to 65,534 bytes; the server&apos;s limits must allow that.</source>
        <translation>Les appareils Intune peuvent envoyer des URL de 65 534 octets&#xa0;; les limites du serveur doivent le permettre.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="138"/>
        <source>Extra trusted &amp;CA file:</source>
        <translation>Fichier d’AC app&amp;rouvée en plus&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="139"/>
        <source>PEM file (optional)</source>
        <translation>Fichier PEM (facultatif)</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="140"/>
        <location filename="../wizard/pages/urlpage.cpp" line="251"/>
        <source>Extra trusted CA file</source>
        <translation>Fichier d’AC approuvée en plus</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="131"/>
        <source>T&amp;ime limit per request:</source>
        <translation>&amp;Délai par requête&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="134"/>
        <source>Lo&amp;ng URL size:</source>
        <translation>Taille de l’URL lon&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="141"/>
        <source>Bro&amp;wse...</source>
        <translation>Parc&amp;ourir...</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="142"/>
        <source>Browse for a CA file</source>
        <translation>Choisir un fichier d’AC</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="189"/>
        <source>Starting the simulated server (creating its keys and certificates)...</source>
        <translation>Démarrage du serveur simulé (création de ses clés et certificats)...</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="192"/>
        <source>The simulated server is running on this computer.</source>
        <translation>Le serveur simulé tourne sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="197"/>
        <source>The simulated server could not start: %1</source>
        <translation>Le serveur simulé n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="199"/>
        <source>The simulated server is stopped.</source>
        <translation>Le serveur simulé est arrêté.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="210"/>
        <source>only http:// and https:// addresses can be tested.</source>
        <translation>seules les adresses http:// et https:// peuvent être testées.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="212"/>
        <source>the address has no server name.</source>
        <translation>l’adresse ne contient pas de nom de serveur.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="214"/>
        <source>this is not a valid web address.</source>
        <translation>ce n’est pas une adresse web valide.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="217"/>
        <source>the address does not end with /mscep.dll, where NDES answers. You can still test it.</source>
        <translation>l’adresse ne se termine pas par /mscep.dll, où répond NDES. Vous pouvez quand même la tester.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="219"/>
        <source>the address looks right.</source>
        <translation>l’adresse semble correcte.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="255"/>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificats (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="255"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../wizard/pages/urlpage.cpp" line="265"/>
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
        <location filename="../wizard/pages/welcomepage.cpp" line="77"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="78"/>
        <source>What do you want to do?</source>
        <translation>Que voulez-vous faire&#xa0;?</translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="79"/>
        <source>NDES Doctor tests the SCEP address of an NDES server the way devices use it, tells you what it saw, and shows you how to fix what is wrong.</source>
        <translation>NDES Doctor teste l’adresse SCEP d’un serveur NDES comme l’utilisent les appareils, vous dit ce qu’il a vu et vous montre comment corriger ce qui ne va pas.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="81"/>
        <source>&amp;Diagnose this NDES server (live)</source>
        <translation>&amp;Diagnostiquer ce serveur NDES (en direct)</translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="83"/>
        <source>Test the SCEP URL and check this server&apos;s settings, logs and certificates.</source>
        <translation>Tester l’URL SCEP et vérifier les paramètres, les journaux et les certificats de ce serveur.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="85"/>
        <source>Checks on the server itself need Windows: run NDES Doctor on the NDES server for those. From here, the SCEP URL test still works.</source>
        <translation>Les vérifications sur le serveur lui-même demandent Windows&#xa0;: lancez NDES Doctor sur le serveur NDES pour celles-ci. D’ici, le test de l’URL SCEP fonctionne quand même.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="87"/>
        <source>Open a &amp;snapshot...</source>
        <translation>Ouvrir un &amp;instantané...</translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="88"/>
        <source>Analyse logs and settings collected on a server. Available in a later version.</source>
        <translation>Analyser les journaux et les paramètres recueillis sur un serveur. Disponible dans une prochaine version.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="89"/>
        <source>&amp;Training (offline)</source>
        <translation>&amp;Formation (hors ligne)</translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="90"/>
        <source>Practise on a simulated NDES server that has the fault of your choice. Nothing real is touched.</source>
        <translation>Vous exercer sur un serveur NDES simulé qui a la panne de votre choix. Rien de réel n’est touché.</translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="131"/>
        <source>Start: live</source>
        <translation>Départ&#xa0;: en direct</translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="132"/>
        <source>Start: snapshot</source>
        <translation>Départ&#xa0;: instantané</translation>
    </message>
    <message>
        <location filename="../wizard/pages/welcomepage.cpp" line="133"/>
        <source>Start: training</source>
        <translation>Départ&#xa0;: formation</translation>
    </message>
</context>
</TS>
