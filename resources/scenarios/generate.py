#!/usr/bin/env python3
"""Writes the training snapshots resources/scenarios/<scenario-id>/ (README.md says how they are used).

Run once from the repository root: python3 resources/scenarios/generate.py
It needs python3-cryptography. Certificates get fresh keys on every run, so only run it to change the facts.
"""
import datetime
import json
import os
import shutil

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID, ObjectIdentifier

ROOT = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(ROOT, '..', '..', 'tests', 'fixtures', 'facts')
UTC = datetime.timezone.utc
LONG_FROM = datetime.datetime(2026, 1, 1, tzinfo=UTC)
LONG_TO = datetime.datetime(2046, 1, 1, tzinfo=UTC)
EXPIRED_FROM = datetime.datetime(2024, 1, 1, tzinfo=UTC)
EXPIRED_TO = datetime.datetime(2025, 6, 30, tzinfo=UTC)
# The CRL distribution point of the issuing CA, named in the RA certificates. The simulator serves
# <scenario>/cdp/<name>.crl for it (training::TrainingNetwork routes the host to the simulator).
CDP_HOST = 'pki.contoso.training.invalid'
CRL_NAME = 'contoso-issuing.crl'
CDP_URL = f'http://{CDP_HOST}/crl/{CRL_NAME}'


def fixture(rel):
    with open(os.path.join(FIX, rel), 'rb') as f:
        return f.read()


def name(cn):
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.ORGANIZATION_NAME, 'Contoso')])


def bmp(text):
    data = text.encode('utf-16-be')
    return bytes([0x1e, len(data)]) + data


def make_cert(cn, issuer, not_before, not_after, ca=False, signing=False, template=None):
    key = ec.generate_private_key(ec.SECP256R1())
    b = x509.CertificateBuilder().subject_name(name(cn)).public_key(key.public_key())
    b = b.serial_number(x509.random_serial_number()).not_valid_before(not_before).not_valid_after(not_after)
    b = b.issuer_name(issuer[0].subject if issuer else name(cn))
    b = b.add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    if ca:
        b = b.add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
    else:
        b = b.add_extension(x509.KeyUsage(signing, False, not signing, False, False, False, False, False, False), critical=True)
        b = b.add_extension(x509.ExtendedKeyUsage([ObjectIdentifier('1.3.6.1.4.1.311.20.2.1')]), critical=False)
        b = b.add_extension(x509.UnrecognizedExtension(ObjectIdentifier('1.3.6.1.4.1.311.20.2'), bmp(template)), critical=False)
        b = b.add_extension(x509.CRLDistributionPoints([x509.DistributionPoint(
            full_name=[x509.UniformResourceIdentifier(CDP_URL)], relative_name=None, reasons=None, crl_issuer=None)]),
            critical=False)
    cert = b.sign(issuer[1] if issuer else key, hashes.SHA256())
    return cert, key


def der(cert):
    return cert.public_bytes(serialization.Encoding.DER)


def thumb(cert):
    return cert.fingerprint(hashes.SHA1()).hex().upper()


root = make_cert('Contoso Root CA', None, LONG_FROM, LONG_TO, ca=True)
issuing = make_cert('Contoso Issuing CA', root, LONG_FROM, LONG_TO, ca=True)


def make_crl(ca, this_update, next_update):
    b = x509.CertificateRevocationListBuilder().issuer_name(ca[0].subject)
    b = b.last_update(this_update).next_update(next_update)
    b = b.add_extension(x509.CRLNumber(1), critical=False)
    return b.sign(ca[1], hashes.SHA256()).public_bytes(serialization.Encoding.DER)


# What the CDP serves: a CRL of the issuing CA that stays fresh as long as the certificates are valid.
CDP_FRESH = {CRL_NAME: make_crl(issuing, LONG_FROM, LONG_TO)}


def ra_pair(not_before, not_after):
    s = make_cert('NDES01-MSCEP-RA', issuing, not_before, not_after, signing=True, template='EnrollmentAgentOffline')[0]
    e = make_cert('NDES01-MSCEP-RA', issuing, not_before, not_after, signing=False, template='CEPEncryption')[0]
    return [s, e]


def store_my(certs):
    files = {thumb(c) + '.cer': der(c) for c in certs}
    files['private-keys.txt'] = ''.join(thumb(c) + '\r\n' for c in certs).encode()
    return files


POOL = b'<add name="SCEP" managedRuntimeVersion="v4.0"><processModel identityType="SpecificUser" userName="CONTOSO\\svc-ndes" /></add>'


def app_host(limits):
    return (b'<?xml version="1.0" encoding="UTF-8"?>\r\n<configuration>\r\n  <system.applicationHost>\r\n'
            b'    <applicationPools>\r\n      ' + POOL + b'\r\n    </applicationPools>\r\n  </system.applicationHost>\r\n'
            b'  <system.webServer>\r\n    <security>\r\n      <requestFiltering>\r\n        ' + limits +
            b'\r\n      </requestFiltering>\r\n    </security>\r\n  </system.webServer>\r\n</configuration>\r\n')


def http_json(field, request):
    return json.dumps({'key': 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\HTTP\\Parameters', 'found': True,
                       'values': [{'name': 'MaxFieldLength', 'type': 'number', 'value': field},
                                  {'name': 'MaxRequestBytes', 'type': 'number', 'value': request}]}, indent=1).encode()


AUTH = {
    'anonymousAuthentication.xml': b'<system.webServer>\r\n  <security>\r\n    <authentication>\r\n'
                                   b'      <anonymousAuthentication enabled="true" userName="IUSR" />\r\n'
                                   b'    </authentication>\r\n  </security>\r\n</system.webServer>\r\n',
    'windowsAuthentication.xml': b'<system.webServer>\r\n  <security>\r\n    <authentication>\r\n'
                                 b'      <windowsAuthentication enabled="false" />\r\n'
                                 b'    </authentication>\r\n  </security>\r\n</system.webServer>\r\n',
}
SC_QUERY_RUNNING = (b'\r\nSERVICE_NAME: WAPCSvc\r\n        TYPE               : 10  WIN32_OWN_PROCESS\r\n'
                    b'        STATE              : 4  RUNNING\r\n'
                    b'                                (STOPPABLE, NOT_PAUSABLE, ACCEPTS_SHUTDOWN)\r\n'
                    b'        WIN32_EXIT_CODE    : 0  (0x0)\r\n        SERVICE_EXIT_CODE  : 0  (0x0)\r\n'
                    b'        CHECKPOINT         : 0x0\r\n        WAIT_HINT          : 0x0\r\n')
NO_EVENTS = b''

# id -> (file, origin, exit code); the origins are what live mode records on the server.
SPECS = {
    'appcmd.apppool.scep.state': ('appcmd.apppool.scep.state.txt', 'C:\\Windows\\System32\\inetsrv\\appcmd.exe list apppool SCEP /text:state'),
    'appcmd.config.auth.certregsvc': ('appcmd.config.auth.certregsvc', 'C:\\Windows\\System32\\inetsrv\\appcmd.exe list config "Default Web Site/CertificateRegistrationSvc"'),
    'file.applicationhost.config': ('applicationHost.config', 'C:\\Windows\\System32\\inetsrv\\config\\applicationHost.config'),
    'sc.query.wapcsvc': ('sc.query.wapcsvc.txt', 'C:\\Windows\\System32\\sc.exe query WAPCSvc'),
    'sc.qc.wapcsvc': ('sc.qc.wapcsvc.txt', 'C:\\Windows\\System32\\sc.exe qc WAPCSvc'),
    'reg.http.parameters': ('reg.http.parameters.json', 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\HTTP\\Parameters'),
    'secedit.user_rights': ('secedit.user_rights.inf', 'C:\\Windows\\System32\\secedit.exe /export /cfg %OUT% /areas USER_RIGHTS'),
    'store.root': ('store.root', 'Cert:\\LocalMachine\\Root'),
    'store.my': ('store.my', 'Cert:\\LocalMachine\\My'),
    'events.application.1000': ('events.application.1000.xml', 'C:\\Windows\\System32\\wevtutil.exe qe Application /q:*[System[(EventID=1000)]] /f:xml /c:50 /rd:true'),
    'file.setupmsi.log': ('file.setupmsi.log', 'C:\\NDESConnectorSetup\\SetupMsi.log'),
    'ad.service-account': ('ad.service-account.json', 'powershell.exe Get-ADUser svc-ndes'),
}

healthy_ra = ra_pair(LONG_FROM, LONG_TO)
expired_ra = ra_pair(EXPIRED_FROM, EXPIRED_TO)


def base():
    return {
        'appcmd.apppool.scep.state': fixture('appcmd/apppool-scep-state.txt'),
        'appcmd.config.auth.certregsvc': AUTH,
        'file.applicationhost.config': app_host(b'<requestLimits maxUrl="65534" maxQueryString="65534" />'),
        'sc.query.wapcsvc': SC_QUERY_RUNNING,
        'sc.qc.wapcsvc': fixture('services/sc-qc-wapcsvc-delayed.txt'),
        'reg.http.parameters': http_json(65534, 65534),
        'secedit.user_rights': fixture('userrights/secedit-iis.inf'),
        'store.root': {thumb(root[0]) + '.cer': der(root[0])},
        'store.my': store_my(healthy_ra),
        'events.application.1000': NO_EVENTS,
        'file.setupmsi.log': {'NDESConnectorSetup.SetupMsi.log': fixture('setupmsi/success-en.log')},
        'ad.service-account': fixture('adaccount/user-ok-ps51.json'),
        'cdp': CDP_FRESH,
    }


STOPPED = fixture('appcmd/apppool-scep-state-stopped-lf.txt')
WINDOWS_AUTH = {
    'anonymousAuthentication.xml': AUTH['anonymousAuthentication.xml'].replace(b'enabled="true"', b'enabled="false"'),
    'windowsAuthentication.xml': AUTH['windowsAuthentication.xml'].replace(b'enabled="false"', b'enabled="true"'),
}


SCENARIOS = {
    'healthy': {},
    'connector-not-installed': {'file.setupmsi.log': {'NDESConnectorSetup.SetupMsi.log': fixture('setupmsi/failure-fr.log')}},
    'app-pool-stopped': {'appcmd.apppool.scep.state': fixture('appcmd/apppool-scep-state-stopped-lf.txt')},
    'app-proxy-connector-stopped': {'sc.query.wapcsvc': fixture('services/sc-query-wapcsvc-stopped-lf.txt')},
    'request-limits-default': {'reg.http.parameters': http_json(16384, 16384)},
    'request-filtering-default': {'file.applicationhost.config': app_host(b'')},
    'app-proxy-wrong-url': {},
    'service-account-locked': {'ad.service-account': fixture('adaccount/user-locked-expired-ps7.json')},
    'mscep-ra-expired': {'store.my': store_my(expired_ra)},
    'tls-untrusted': {},
    'no-answer': {},
    'unexpected-401': {},
    'impersonate-right-missing': {'secedit.user_rights': fixture('userrights/secedit-fr-no-iis.inf')},
    # The app pool crashes at start and IIS stops it: the pool state is the symptom, the fact after it the cause.
    'app-pool-intermediate-in-root': {'appcmd.apppool.scep.state': STOPPED,
                                      'store.root': {thumb(c) + '.cer': der(c) for c in (root[0], issuing[0])}},
    'app-pool-crl-unreachable': {'appcmd.apppool.scep.state': STOPPED, 'cdp': None},
    'app-pool-windows-auth': {'appcmd.apppool.scep.state': STOPPED, 'appcmd.config.auth.certregsvc': WINDOWS_AUTH},
}

resource_files = []
for scenario, changes in SCENARIOS.items():
    folder = os.path.join(ROOT, scenario)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    facts = base()
    facts.update(changes)
    entries = []
    cdp = facts.pop('cdp')
    for name_, data in sorted((cdp or {}).items()):
        os.makedirs(os.path.join(folder, 'cdp'), exist_ok=True)
        with open(os.path.join(folder, 'cdp', name_), 'wb') as f:
            f.write(data)
        resource_files.append(f'{scenario}/cdp/{name_}')
    for fact_id, value in facts.items():
        file, origin = SPECS[fact_id]
        if isinstance(value, dict):
            os.makedirs(os.path.join(folder, file))
            for part, data in sorted(value.items()):
                with open(os.path.join(folder, file, part), 'wb') as f:
                    f.write(data)
                resource_files.append(f'{scenario}/{file}/{part}')
        else:
            with open(os.path.join(folder, file), 'wb') as f:
                f.write(value)
            resource_files.append(f'{scenario}/{file}')
        entries.append({'id': fact_id, 'file': file, 'exitCode': 0, 'origin': origin, 'status': 'present'})
    manifest = {'format': 'ndes-doctor-snapshot', 'version': 1, 'createdUtc': '2026-01-05T09:00:00Z',
                'host': 'NDES01', 'facts': entries}
    with open(os.path.join(folder, 'manifest.json'), 'w', newline='\n') as f:
        json.dump(manifest, f, indent=2)
        f.write('\n')
    resource_files.append(f'{scenario}/manifest.json')

# The FILES list of diagnostics/facts/scenarios.cmake.
for rel in sorted(resource_files):
    print(f'        "${{PROJECT_SOURCE_DIR}}/resources/scenarios/{rel}"')
