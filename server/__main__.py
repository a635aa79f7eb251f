"""`python -m server`: the same command as `kg serve`."""

from server.command import serve

serve(prog_name="kg serve")
