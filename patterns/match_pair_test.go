package patterns

import "testing"

// TestPairedIdentifiersExist checks that every identifier the pair
// matchers stand beside is a detector of the catalog, and that Paired
// tells them apart from other detectors.
func TestPairedIdentifiersExist(t *testing.T) {
	ids := map[string]bool{}
	for _, d := range Default().Detectors() {
		ids[d.ID] = true
	}
	if len(pairedIdentifiers) < 4 {
		t.Errorf("pairedIdentifiers = %v: the pair declarations name more identifiers", pairedIdentifiers)
	}
	for id := range pairedIdentifiers {
		if !ids[id] {
			t.Errorf("pairedIdentifiers lists %q, which is no detector", id)
		}
		if !Default().Paired(id) {
			t.Errorf("Paired(%q) = false", id)
		}
	}
	if Default().Paired("email") {
		t.Error(`Paired("email") = true`)
	}
}
