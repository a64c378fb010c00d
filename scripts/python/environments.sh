# The examples' test environments, sourced by the scripts beside it: NAME:MINIMUM_PYTHON:oldest|newest
# (the oldest Python a line supports is tested on the LTS line, the newest on the current one).
# Each NAME has examples/requirements/NAME.in (its Django line plus common.in) and NAME.txt (the
# lock). The last one is the current line, which the framework benchmark and the tools run on.
PYTHON_ENVIRONMENTS=(django-5.2:3.11:oldest django-6.1:3.12:newest)
