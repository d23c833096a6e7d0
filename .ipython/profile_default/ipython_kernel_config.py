# Kernel settings for running the notebooks as tests (IPYTHONDIR points here, see
# conftest.py). Plain tracebacks, and the warnings that signal code which will break
# or silently do nothing in a future pandas or matplotlib become errors in notebook code.
c = get_config()  # noqa: F821
c.InteractiveShell.colors = "nocolor"
c.IPKernelApp.exec_lines = [
    "import warnings",
    "warnings.filterwarnings('error', category=DeprecationWarning, module='__main__')",
    "warnings.filterwarnings('error', category=FutureWarning)",
    "warnings.filterwarnings('error', category=PendingDeprecationWarning, module='__main__')",
    "import pandas as _pd",
    "warnings.filterwarnings('error', category=_pd.errors.ChainedAssignmentError)",
    "del _pd",
]
