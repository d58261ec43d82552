package payflow.rules.pf_net_007_test

import data.payflow.rules.pf_net_007

fixture(name) := data.fixtures.pf_net_007[name]

test_deny_ssh_from_anywhere if {
	vs := pf_net_007.deny with input as fixture("fail_open")
	some v in vs
	v.message == "hub.bastion.ssh allows SSH from 0.0.0.0/0"
}

test_deny_ssh_to_a_node if {
	vs := pf_net_007.deny with input as fixture("fail_not_bastion")
	some v in vs
	v.message == "production.sg.nodes allows SSH to a target that is not the bastion (other); only the bastion takes SSH"
}

test_allow_bastion_from_admin_range_and_https_from_anywhere if {
	count(pf_net_007.deny) == 0 with input as fixture("pass")
}

test_deny_open_rule_on_a_node_once if {
	messages := {v.message | some v in pf_net_007.deny} with input as fixture("fail_open_to_node")
	messages == {"production.sg.nodes allows SSH from 0.0.0.0/0 and ::/0, to a target that is not the bastion (other); only the bastion takes SSH"}
}

# The internet in pieces is the internet: two halves, or any public range wider than /16 (/32 in
# IPv6). An office's public /24, an admin's address, private ranges are not.
test_deny_ssh_from_the_internet_in_pieces if {
	vs := pf_net_007.deny with input as fixture("fail_open_in_pieces")
	{v.message | some v in vs} == {
		"hub.bastion.halves allows SSH from 0.0.0.0/1 and 128.0.0.0/1",
		"hub.bastion.wide-v6 allows SSH from 2000::/3",
	}
}

test_deny_ssh_from_a_prefix_list_whose_ranges_are_unknown if {
	vs := pf_net_007.deny with input as fixture("fail_prefix_list")
	{v.message | some v in vs} == {"hub.bastion.ssh allows SSH from prefix list pl-0123456789abcdef0, whose ranges the input does not hold, so it cannot be checked"}
}

test_allow_https_from_a_prefix_list if {
	count(pf_net_007.deny) == 0 with input as fixture("pass_prefix_list_not_ssh")
}
