"""Gold data of the evaluations, and the scripts that select and anchor the real development sets."""
