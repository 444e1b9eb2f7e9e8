/* ops_set_state: pause and resume of a VM that runs, and what a request
 * that comes while the VM is ending (or rebooting) is told. */
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "vmfixture.h"
#include "vmm/ops.h"
#include "vmm/vm.h"

/* Ask for state on a fresh VM after `exit` was requested (VM_EXIT_NONE:
 * none); return the error's class, its message in msg. */
static enum err_class set_state_after(enum vm_exit_reason exit, enum vm_state_target state,
				      char *msg, size_t len)
{
	struct vm *vm = new_vm(1);
	if (exit != VM_EXIT_NONE)
		vm_request_exit(vm, exit, 0);
	CHECK(vm_exit_requested(vm) == exit);
	struct error e = {0};
	struct vm_state_request r = {.state = state};
	int rc = ops_set_state(vm, &r, &e);
	CHECK(rc == 0 || rc == -1);
	CHECK((rc == 0) == (e.cls == ERR_NONE));
	snprintf(msg, len, "%s", e.msg);
	free_vm(vm);
	return e.cls;
}

int main(void)
{
	char msg[ERR_MSG_MAX];
	CHECK(set_state_after(VM_EXIT_NONE, VM_STATE_PAUSED, msg, sizeof(msg)) == ERR_NONE);
	CHECK(set_state_after(VM_EXIT_NONE, VM_STATE_RUNNING, msg, sizeof(msg)) == ERR_NONE);
	/* A reboot in progress is not an ending VM: the client may retry. */
	for (int s = 0; s < 2; s++) {
		enum vm_state_target st = s ? VM_STATE_RUNNING : VM_STATE_PAUSED;
		CHECK(set_state_after(VM_EXIT_REBOOT, st, msg, sizeof(msg)) == ERR_CONFLICT);
		CHECK(strstr(msg, "rebooting") != NULL);
		CHECK(set_state_after(VM_EXIT_POWEROFF, st, msg, sizeof(msg)) == ERR_CONFLICT);
		CHECK(strstr(msg, "shutting down") != NULL);
	}
	CHECK_DONE();
}
