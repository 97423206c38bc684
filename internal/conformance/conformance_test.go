package conformance

import "testing"

// TestEngine runs every row through the engine's own calls, the reference
// the layers are measured against.
func TestEngine(t *testing.T) {
	Run(t, Engine)
}
