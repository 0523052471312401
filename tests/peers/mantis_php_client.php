<?php
// A real WSDL-driven client: PHP's ext/soap SoapClient against a MantisConnect server of ours.
// Usage: php mantis_php_client.php WSDL_PATH URL USER   (password in MANTIS_PASSWORD)
// Loads MantisBT's own WSDL with its location overridden to URL (the WSDL's soap:address is
// the public MantisBT tracker; the tests stay on loopback), calls a few operations and prints
// one JSON object with the values SoapClient decoded and the faults it got.
[$_, $wsdl, $url, $user] = $argv;
$password = getenv('MANTIS_PASSWORD');
$client = new SoapClient($wsdl, [
    'location' => $url,
    'trace' => 1,
    'exceptions' => true,
    'cache_wsdl' => WSDL_CACHE_NONE,
]);

function ref($r): ?array
{
    return $r === null ? null : ['id' => $r->id ?? null, 'name' => $r->name ?? null];
}

/// A list decoded from a SOAP-ENC array: null or absent is empty, one item is still a list.
function items($a): array
{
    if ($a === null) {
        return [];
    }
    return is_array($a) ? array_values($a) : [$a];
}

function issue($i): array
{
    $reporter = $i->reporter ?? null;
    return [
        'id' => $i->id ?? null,
        'summary' => $i->summary ?? null,
        'description' => $i->description ?? null,
        'category' => $i->category ?? null,
        'project' => ref($i->project ?? null),
        'priority' => ref($i->priority ?? null),
        'status' => ref($i->status ?? null),
        'sticky' => $i->sticky ?? null,
        'reporter' => $reporter === null ? null : [
            'id' => $reporter->id ?? null,
            'name' => $reporter->name ?? null,
            'real_name' => $reporter->real_name ?? null,
            'email' => $reporter->email ?? null,
        ],
        'date_submitted' => $i->date_submitted ?? null,
        'handler' => isset($i->handler) ? ($i->handler->name ?? null) : null,
        'due_date' => $i->due_date ?? null,
        'tags' => array_map('ref', items($i->tags ?? null)),
        'notes' => array_map(fn($n) => $n->text ?? null, items($i->notes ?? null)),
    ];
}

/// The fault a call raised, as [code, text]; a call that succeeds is an error here.
function fault(callable $call): array
{
    try {
        $value = $call();
    } catch (SoapFault $f) {
        return [$f->faultcode, $f->faultstring];
    }
    fwrite(STDERR, 'expected a fault, got ' . var_export($value, true) . "\n");
    exit(1);
}

$out = ['version' => $client->mc_version()];

$u = $client->mc_login($user, $password);
$out['login'] = [
    'id' => $u->account_data->id,
    'name' => $u->account_data->name,
    'real_name' => $u->account_data->real_name,
    'email' => $u->account_data->email,
    'access_level' => $u->access_level,
    'timezone' => $u->timezone,
];

$new = [
    'project' => ['id' => 1],
    'category' => 'General',
    'summary' => 'Ünïcode & <markup> from php',
    'description' => "line one\nline two",
    'priority' => ['id' => 40, 'name' => 'high'],
    'sticky' => true,
    // PHP writes no element for a null optional member.
    'handler' => null,
];
$first = $client->mc_issue_add($user, $password, $new);
$new['summary'] = 'second from php';
$new['sticky'] = false;
$new['due_date'] = '2027-01-31T12:00:00+00:00';
$second = $client->mc_issue_add($user, $password, $new);
$out['added'] = [$first, $second];
$out['issue'] = issue($client->mc_issue_get($user, $password, $first));
$out['page'] = array_map('issue', items($client->mc_project_get_issues($user, $password, 1, 1, 50)));
$out['empty_page'] = array_map('issue', items($client->mc_project_get_issues($user, $password, 1, 3, 50)));
$out['exists'] = [$client->mc_issue_exists($user, $password, $first), $client->mc_issue_exists($user, $password, 99)];
// PHP writes a null required part as <issue_id xsi:nil="true"/>: a lenient server reads 0,
// a strict one answers a fault.
try {
    $out['exists_nil'] = $client->mc_issue_exists($user, $password, null);
} catch (SoapFault $f) {
    $out['exists_nil'] = [$f->faultcode, $f->faultstring];
}
$out['faults'] = [
    'wrong_password' => fault(fn() => $client->mc_login($user, $password . '-wrong')),
    'missing_issue' => fault(fn() => $client->mc_issue_get($user, $password, 99)),
    'internal' => fault(fn() => $client->mc_project_get_issues($user, $password, 666, 1, 10)),
    'not_implemented' => fault(fn() => $client->mc_enum_status($user, $password)),
];
echo json_encode($out, JSON_UNESCAPED_UNICODE), "\n";
