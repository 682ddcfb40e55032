import gc
import os
import sys

from generator.cli import main

# The model is acyclic plain data: the cyclic collector only slows building it (it would
# scan the growing heap again and again), and tearing it all down at exit costs as much as
# building a side of a diff. So: no cyclic GC during the run, and a hard exit once output is
# flushed (the same trade mypy makes).
gc.disable()
status = main()
sys.stdout.flush()
sys.stderr.flush()
os._exit(status)
