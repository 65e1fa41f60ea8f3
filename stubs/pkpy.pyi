"""pkpy: pocketpy's module for the VM itself and ComputeThread (Python in parallel on worker VMs 1-15).

Arguments and results cross between VMs as pickle bytes: they must be picklable plain data.
In a Phaser game, prefer ``phaser.submit(thread, "module.fn", *args, on_done=...)``, which polls for you
once per frame; never call ``wait_for_done()`` on the main thread of a page (it would freeze the game).
"""
from typing import Any

configmacros: dict[str, Any]
"""Build settings: PK_ENABLE_THREADS, PK_ENABLE_OS, PK_VERSION."""

def currentvm() -> int:
    """The index of the VM running this code (0 is the main VM, 1-15 are ComputeThread VMs)."""

class ComputeThread:
    """A worker VM (index 1-15) that runs jobs one at a time, in parallel with VM 0.

    Only VM 0 can create ComputeThreads. The VM keeps its state (imported modules, globals) between jobs.
    """

    def __init__(self, vm_index: int) -> None:
        """Binds VM ``vm_index`` (1-15) to a worker. Raises ValueError if the index is out of range or in use."""
    @property
    def is_done(self) -> bool:
        """True when no job is running (also before the first job). Never blocks."""
    @property
    def vm_index(self) -> int: ...
    def submit_exec(self, source: str) -> None:
        """Starts running ``source`` as statements in the worker VM's ``__main__``."""
    def submit_eval(self, source: str) -> None:
        """Starts evaluating the expression ``source``; its value becomes ``last_retval()``."""
    def submit_call(self, fn: str, *args: Any, **kwargs: Any) -> None:
        """Starts calling the callable named by the expression ``fn`` (evaluated in the worker's ``__main__``)."""
    def last_error(self) -> str | None:
        """The traceback text of the last job if it failed, else None. Raises RuntimeError while a job runs."""
    def last_retval(self) -> Any:
        """The (unpickled) result of the last job; None for exec jobs and failed jobs. Raises while a job runs."""
    def wait_for_done(self) -> None:
        """Blocks until the current job is done. In a browser page this needs cross-origin isolation, and it
        freezes the game while it waits: poll ``is_done`` (or use ``phaser.submit``) instead."""
    def exec(self, source: str) -> None:
        """submit_exec + wait_for_done; raises RuntimeError with the worker's traceback if the code raised."""
    def eval(self, source: str) -> Any:
        """submit_eval + wait_for_done; returns the value."""
    def close(self) -> None:
        """Frees the VM index; the worker goes back to the pool (a running job is killed)."""
