"""The SBI console (console=hvc0): output through SBI putchar and input
through SBI getchar (shared with the UART's input) reach a working shell."""
from guestlib import Guest, require_guest, check

kernel, initrd = require_guest()
g = Guest(["--kernel", kernel, "--initrd", initrd, "--append", "console=hvc0"], timeout=120)
g.expect("GUEST-READY", 90)
g.expect("# ", 30)
out = g.run("echo hello-$((6*7))")
check(out == "hello-42", "hvc0 shell answered %r" % out, g)
g.send("poweroff -f\n")
check(g.wait_exit(60) == 0, "exit status after poweroff", g)
print("hvc0 console: input and output ok")
