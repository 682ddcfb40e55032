"""Resource groups of the Seam Connect client. Generated; do not edit."""
