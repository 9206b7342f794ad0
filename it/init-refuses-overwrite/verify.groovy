// init fails with a clear message and leaves the existing descriptor byte for byte.
def log = new File(basedir, 'build.log').text
assert log.contains('src/main/ipsec/foo.yaml already exists; init never overwrites a descriptor')
assert !(log =~ /at org\.ipsecprofile\./) : 'no stack trace'
def text = new File(basedir, 'src/main/ipsec/foo.yaml').getText('UTF-8')
assert text.startsWith("# An author's descriptor, half written")
assert text.readLines().size() == 5
assert new File(basedir, 'src/main/ipsec').list().toList() == ['foo.yaml']
return true
