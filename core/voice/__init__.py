"""Voice: listening, speech to text, correction, command matching, speech out."""
