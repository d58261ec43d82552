# A bundle whose entrypoint is not a set of violations: the engine must refuse it, not pass.
package broken.main

violations := count(input.databases) > 0
