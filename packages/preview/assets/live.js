// Replaced by `guideline preview --watch` with a script that reloads the page after a rebuild.
