package bench

import (
	"strings"

	"github.com/rs/zerolog"
	"github.com/zricethezav/gitleaks/v8/detect"
	"github.com/zricethezav/gitleaks/v8/logging"
)

// gitleaksFragment is the size of the fragments gitleaks' file source
// reads (its defaultBufferSize), so the detector sees the text as it would
// when scanning a log file.
const gitleaksFragment = 100_000

// newGitleaks returns the gitleaks detector with its default rules and its
// library defaults (no recursive decoding), with its own logging off.
func newGitleaks() (*detect.Detector, error) {
	logging.Logger = logging.Logger.Level(zerolog.Disabled)
	return detect.NewDetectorDefaultConfig()
}

// fragments splits text into pieces of at most size bytes, each ending at
// a line break where there is one.
func fragments(text string, size int) []string {
	var out []string
	for len(text) > size {
		cut := strings.LastIndexByte(text[:size], '\n') + 1
		if cut == 0 {
			cut = size
		}
		out = append(out, text[:cut])
		text = text[cut:]
	}
	if text != "" {
		out = append(out, text)
	}
	return out
}
