package payflow.lib

# The leading numbers of a version ("16.4" is [16, 4], "8.0.mysql_aurora.3.05.2" is [8, 0]).
version_numbers(version) := [to_number(p) | some i, p in parts; i < leading] if {
	parts := split(version, ".")
	leading := min({i | some i, p in parts; not digits(p)} | {count(parts)})
}

digits(p) if {
	p != ""
	trim_left(p, "0123456789") == ""
}
