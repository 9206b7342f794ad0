def log = new File(basedir, 'build.log').text
assert log.contains('IPsec profile: skipped (ipsec-profile.skip is true).')
assert !new File(basedir, 'target/ipsec-profile/findings.json').exists()
return true
