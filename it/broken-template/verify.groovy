// A broken override fails the build with the template's name and line, and nothing is written.
def log = new File(basedir, 'build.log').text
assert log =~ /Template layout\/xml2rfc\/ipsec-profile\.xml\.ftlx \(override in .*src.main.templates\) line \d+, column \d+: syntax error/
assert !(log =~ /at org\.ipsecprofile\./) : 'no stack trace'
assert !new File(basedir, 'target/generated-sources/ipsec-profile').exists() : 'no partial output'
return true
