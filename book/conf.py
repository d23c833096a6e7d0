"""Sphinx configuration for the course site (`make site`).

The site is built with the extensions Jupyter Book 1.x uses (MyST-NB to execute and
render the notebooks, the external table of contents, the book theme), configured
here directly so that nothing the pages need comes from the web: no Thebe launcher
(it names a script on a CDN), no comment widgets, and no math renderer (the pages
have no math; dollar signs are plain text).
"""

project = "Reading an essay on China's space programme with data"
author = "The chinaspace project contributors"
copyright = "2026, The chinaspace project contributors (text and data CC BY 4.0, code MIT)"
html_title = "China's space programme: reading an essay with data"

extensions = [
    "myst_nb",
    "sphinx_external_toc",
    "sphinx_book_theme",
    "sphinx_copybutton",
    "sphinx_togglebutton",
]
external_toc_path = "_toc.yml"
external_toc_exclude_missing = False
exclude_patterns = ["_build", "**.ipynb_checkpoints", "conf.py"]

myst_enable_extensions = ["colon_fence", "substitution", "tasklist"]
myst_heading_anchors = 3

# Execute every notebook in a fresh kernel on every build.
nb_execution_mode = "force"
nb_execution_timeout = 300
nb_execution_raise_on_error = True
nb_execution_show_tb = True
nb_output_stderr = "remove-warn"
nb_merge_streams = True

html_theme = "sphinx_book_theme"
html_theme_options = {
    "home_page_in_toc": True,
    "use_repository_button": False,
    "use_edit_page_button": False,
    "use_issues_button": False,
    "use_download_button": True,
    "use_fullscreen_button": False,
    "launch_buttons": {"thebe": False, "binderhub_url": "", "colab_url": "",
                       "jupyterhub_url": "", "deepnote_url": ""},
    "search_bar_text": "Search the course...",
}
html_static_path = ["_static"]
html_css_files = ["course.css"]
html_sourcelink_suffix = ""
html_last_updated_fmt = None
pygments_style = "sphinx"
suppress_warnings = ["myst.domains"]
