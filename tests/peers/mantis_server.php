<?php
// A small MantisConnect server written for the tests: PHP's ext/soap SoapServer, driven by
// MantisBT's own WSDL, with our implementation of a few operations. Run as the router of
// PHP's built-in web server:
//
//   MANTIS_WSDL=.../mantisconnect.wsdl MANTIS_STATE=/tmp/dir php -S 127.0.0.1:PORT mantis_server.php
//
// Faults follow MantisBT's own SOAP API: a wrong login or a missing issue is a
// `SoapFault('Client', ...)` the operation returns (ext/soap sends a returned SoapFault as a
// fault), an internal error is a `SoapFault('Server', ...)` thrown from the error handler.
// Issues added are kept in a JSON file in MANTIS_STATE, so they outlive one request.

ini_set('soap.wsdl_cache_enabled', '0');

const USER = 'administrator';
const PASSWORD = 'root';

function state_file(): string
{
    $dir = getenv('MANTIS_STATE');
    if ($dir === false || $dir === '') {
        throw new SoapFault('Server', 'MANTIS_STATE is not set');
    }
    return $dir . '/issues.json';
}

function load_issues(): array
{
    $file = state_file();
    if (!is_file($file)) {
        return [];
    }
    return json_decode(file_get_contents($file), true, 32, JSON_THROW_ON_ERROR);
}

function save_issues(array $issues): void
{
    if (file_put_contents(state_file(), json_encode($issues), LOCK_EX) === false) {
        throw new SoapFault('Server', 'Database query failed.');
    }
}

/// MantisBT answers a bad login with a Client fault "Access denied" on every operation.
function login_ok(string $username, string $password): bool
{
    return $username === USER && $password === PASSWORD;
}

function access_denied(): SoapFault
{
    return new SoapFault('Client', 'Access denied');
}

function object_ref($ref): ?array
{
    if ($ref === null) {
        return null;
    }
    $ref = (array) $ref;
    return ['id' => isset($ref['id']) ? (int) $ref['id'] : null, 'name' => $ref['name'] ?? null];
}

/// An issue as the WSDL's IssueData (arrays become SOAP structs).
function issue_data(array $i): array
{
    return [
        'id' => $i['id'],
        'project' => $i['project'],
        'category' => $i['category'],
        'summary' => $i['summary'],
        'description' => $i['description'],
        'status' => ['id' => 10, 'name' => 'new'],
        'priority' => $i['priority'],
        'reporter' => ['id' => 1, 'name' => USER, 'real_name' => 'Ada Admin', 'email' => 'admin@example.org'],
        'date_submitted' => $i['date_submitted'],
        'last_updated' => $i['date_submitted'],
        'sticky' => $i['sticky'],
        'tags' => [['id' => 3, 'name' => 'peer'], ['id' => 4, 'name' => 'ext/soap']],
    ];
}

class MantisPeer
{
    public function mc_version()
    {
        return '2.26.0';
    }

    public function mc_login($username, $password)
    {
        if (!login_ok($username, $password)) {
            return access_denied();
        }
        return [
            'account_data' => ['id' => 1, 'name' => USER, 'real_name' => 'Ada Admin', 'email' => 'admin@example.org'],
            'access_level' => 90,
            'timezone' => 'Europe/Berlin',
        ];
    }

    public function mc_issue_add($username, $password, $issue)
    {
        if (!login_ok($username, $password)) {
            return access_denied();
        }
        $issue = (array) $issue;
        $project = object_ref($issue['project'] ?? null);
        if ($project === null || $project['id'] !== 1) {
            $id = $project['id'] ?? 0;
            return new SoapFault('Client', "Project '$id' does not exist.");
        }
        if (!isset($issue['summary']) || trim($issue['summary']) === '') {
            return new SoapFault('Client', 'Mandatory field "summary" is missing.');
        }
        $issues = load_issues();
        $id = count($issues) + 1;
        $issues[(string) $id] = [
            'id' => $id,
            'project' => ['id' => 1, 'name' => 'Peer project'],
            'category' => $issue['category'] ?? 'General',
            'summary' => $issue['summary'],
            'description' => $issue['description'] ?? '',
            'priority' => object_ref($issue['priority'] ?? null) ?? ['id' => 30, 'name' => 'normal'],
            'date_submitted' => '2026-12-03T10:15:30+01:00',
            'sticky' => (bool) ($issue['sticky'] ?? false),
        ];
        save_issues($issues);
        return $id;
    }

    public function mc_issue_get($username, $password, $issue_id)
    {
        if (!login_ok($username, $password)) {
            return access_denied();
        }
        $issues = load_issues();
        if (!isset($issues[(string) $issue_id])) {
            return new SoapFault('Client', "Issue '$issue_id' does not exist.");
        }
        return issue_data($issues[(string) $issue_id]);
    }

    public function mc_project_get_issues($username, $password, $project_id, $page_number, $per_page)
    {
        if (!login_ok($username, $password)) {
            return access_denied();
        }
        if ((int) $project_id === 666) {
            // What MantisBT's error handler sends for an internal error.
            throw new SoapFault('Server', 'Database query failed.');
        }
        if ((int) $project_id !== 1) {
            return new SoapFault('Client', "Project '$project_id' does not exist.");
        }
        $all = array_values(array_map('issue_data', load_issues()));
        return array_slice($all, max(0, ($page_number - 1) * $per_page), max(0, (int) $per_page));
    }

    /// The WSDL says xsd:boolean (required); this answers nil for an issue that is neither
    /// known nor unknown (id 13), as a MantisBT plugin returning null would.
    public function mc_issue_exists($username, $password, $issue_id)
    {
        if (!login_ok($username, $password)) {
            return access_denied();
        }
        if ((int) $issue_id === 13) {
            return null;
        }
        return isset(load_issues()[(string) $issue_id]);
    }
}

$wsdl = getenv('MANTIS_WSDL');
if ($wsdl === false || !is_file($wsdl)) {
    http_response_code(500);
    echo "MANTIS_WSDL is not set or not a file\n";
    return true;
}
if ($_SERVER['REQUEST_METHOD'] !== 'POST') {
    // A readiness probe (and the query the client was given, to check it arrived intact).
    header('Content-Type: text/plain');
    echo 'mantis peer ready ' . ($_SERVER['QUERY_STRING'] ?? '') . "\n";
    return true;
}
$server = new SoapServer($wsdl, ['cache_wsdl' => WSDL_CACHE_NONE]);
if (($_GET['peer'] ?? '') !== 'mantis') {
    // The client was given `...?peer=mantis`: a query string dropped on the way is an error.
    $server->fault('Client', 'the query string did not arrive: ' . ($_SERVER['QUERY_STRING'] ?? ''));
}
$server->setClass('MantisPeer');
$server->handle();
return true;
