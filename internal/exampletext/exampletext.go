// Package exampletext gathers the catalog's example texts for tests that
// compare two paths through the layers on values of every shape.
package exampletext

import "github.com/logredact/logredact/patterns"

// Of returns the text of every positive and negative example of
// e's detectors: values of every shape the catalog knows, to build the
// inputs of tests that compare two paths through the layers.
func Of(e *patterns.Engine) []string {
	var texts []string
	for _, d := range e.Detectors() {
		for _, ex := range d.Positive {
			texts = append(texts, ex.Text)
		}
		for _, ex := range d.Negative {
			texts = append(texts, ex.Text)
		}
	}
	return texts
}
