"""The Export section's parts: options, the lazy preview of entries, and the export run."""
