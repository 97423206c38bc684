// Package readme holds the test that builds the Go code blocks of the
// repository's README.md, so that what a reader pastes compiles.
package readme
