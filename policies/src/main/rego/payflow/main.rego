# METADATA
# title: PayFlow entrypoint
# description: Every rule's violations, tagged with the package they come from.
package payflow.main

# The Wasm entrypoint. The engine joins each violation with its rule's METADATA by package.
violations contains object.union(v, {"rule": name}) if {
	some name
	some v in data.payflow.rules[name].deny
}
