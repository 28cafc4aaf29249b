"""Data files of slaeval: criteria catalogue, diagnostic texts, translations, fonts."""
