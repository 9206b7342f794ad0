// The starter names the protocol and answers none of the nine items: the check of the second
// build reports each open item at its empty key and nothing else (algorithms.companion: true is
// filled in, so algorithms-unspecified of SPEC §4.5 stays quiet). ike-variant waits until
// keyManagement.method is ike.
def descriptor = new File(basedir, 'src/main/ipsec/foo.yaml')
assert descriptor.isFile()
def text = descriptor.getText('UTF-8')
assert text.contains('\nid: foo\n')
assert text.contains('  name: "Foo"\n')
assert text.contains('  version: 3\n')
assert text.contains('  companion: true\n')

def log = new File(basedir, 'build.log').text
def open = ['selectors', 'protection', 'key-management', 'identification', 'user-switching',
            'authentication', 'authorization', 'availability']
open.each { rule ->
    assert log =~ /\[ERROR\] src\/main\/ipsec\/foo\.yaml:\d+:\d+: \[${rule}\] / : "no log line for ${rule}"
}
assert !log.contains('[ike-variant]') : 'ike-variant only applies once keyManagement.method is ike'
assert !log.contains('[descriptor]') : 'the starter must parse'
assert log.contains('IPsec profile check failed')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ipsec-profile/findings.json'))
assert json.findings*.rule.toSet() == open.toSet()
assert json.warnings == 0 && json.infos == 0
// Each open item points at a key the starter wrote, empty.
def lines = text.readLines()
json.findings.findAll { it.rule in open }.each { f ->
    assert lines[f.line - 1] ==~ /\s*\w+:\s*/ : "finding ${f.rule} at line ${f.line}: '${lines[f.line - 1]}'"
}
return true
