<?php
// A real WSDL-driven client: PHP's ext/soap SoapClient against a calculator server of ours.
// Usage: php calculator_php_client.php WSDL_PATH URL SOAP12_ONLY_URL
// Loads the .asmx calculator's WSDL (document/literal) with its location overridden to URL
// (the tests stay on loopback), calls every operation over SOAP 1.1 and over SOAP 1.2, then
// calls SOAP12_ONLY_URL (which serves SOAP 1.2 only) over SOAP 1.1, and prints one JSON
// object with the results SoapClient decoded and the faults it got.
[$_, $wsdl, $url, $soap12_only] = $argv;

function calls(SoapClient $c): array
{
    $out = [
        'add' => $c->Add(['intA' => 2, 'intB' => 3])->AddResult,
        'subtract' => $c->Subtract(['intA' => -7, 'intB' => 5])->SubtractResult,
        'multiply' => $c->Multiply(['intA' => 2147483647, 'intB' => 1])->MultiplyResult,
        'divide' => $c->Divide(['intA' => -9, 'intB' => 2])->DivideResult,
    ];
    try {
        $value = $c->Divide(['intA' => 1, 'intB' => 0]);
        fwrite(STDERR, 'expected a fault, got ' . var_export($value, true) . "\n");
        exit(1);
    } catch (SoapFault $f) {
        $out['divide_by_zero'] = [$f->faultcode, $f->faultstring];
    }
    return $out;
}

$out = [];
foreach (['soap11' => SOAP_1_1, 'soap12' => SOAP_1_2] as $name => $version) {
    $client = new SoapClient($wsdl, [
        'location' => $url,
        'soap_version' => $version,
        'exceptions' => true,
        'cache_wsdl' => WSDL_CACHE_NONE,
    ]);
    $out[$name] = calls($client);
}
$old = new SoapClient($wsdl, ['location' => $soap12_only, 'soap_version' => SOAP_1_1, 'cache_wsdl' => WSDL_CACHE_NONE]);
try {
    $out['version_mismatch'] = ['answered', $old->Add(['intA' => 2, 'intB' => 3])->AddResult];
} catch (SoapFault $f) {
    $out['version_mismatch'] = [$f->faultcode, $f->faultstring];
}
echo json_encode($out), "\n";
