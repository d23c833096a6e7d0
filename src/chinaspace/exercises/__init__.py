"""Exercise answers for each notebook, computed from the data: ``nbNN.py`` per notebook."""
