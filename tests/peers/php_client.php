<?php
// A real WSDL-driven peer: PHP's ext/soap SoapClient against the emulator.
// Usage: php php_client.php WSDL_URL PROJECT USER [DEFECT_NUMBER]   (password in TT_PASSWORD)
// Loads the served WSDL, logs on, reads, edits and saves a defect, reads it back, logs off,
// and prints one JSON object with what it saw.
[$_, $wsdl, $project, $user] = $argv;
$number = isset($argv[4]) ? intval($argv[4]) : 1;
$password = getenv('TT_PASSWORD');
$client = new SoapClient($wsdl, ['trace' => 1, 'exceptions' => true, 'cache_wsdl' => WSDL_CACHE_NONE]);
$out = [];
$projects = $client->getProjectList($user, $password);
$out['projects'] = array_map(fn($p) => $p->database->name, $projects);
$proj = array_values(array_filter($projects, fn($p) => $p->database->name === $project))[0];
$cookie = $client->ProjectLogon($proj, $user, $password);
$out['cookie_ok'] = $cookie > 0;
try {
    $d = $client->getDefect($cookie, $number, '', false);
    $out['summary_before'] = $d->summary;
    $e = $client->editDefect($cookie, $number, '', false);
    $e->summary = "edited by php $number";
    $out['save_result'] = $client->saveDefect($cookie, $e);
    $d2 = $client->getDefect($cookie, $number, '', false);
    $out['summary_after'] = $d2->summary;
    $out['number'] = $d2->defectnumber;
} finally {
    $out['logoff'] = $client->DatabaseLogoff($cookie);
}
echo json_encode($out), "\n";
