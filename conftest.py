"""Root pytest configuration: notebook kernels use the project's IPython profile."""

import os
from pathlib import Path

# Kernels started by nbmake read .ipython/profile_default/ipython_kernel_config.py:
# plain tracebacks, and deprecation warnings in notebook code raised as errors.
os.environ.setdefault("IPYTHONDIR", str(Path(__file__).parent / ".ipython"))
