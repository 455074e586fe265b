"""The Custody panel of an attachment, and recording a transfer to a court or body."""
