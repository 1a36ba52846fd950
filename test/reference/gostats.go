// Command gostats is the reference the conformance tests compare Tusk's stats engine with:
// the SPEC §2 rules written with Go's own go/parser (ImportsOnly mode) and golang.org/x/mod.
//
//	gostats stats DIR=OWNER/REPO...   one JSON object a line: files, lines, deps, unparsed
//	gostats imports FILE...           one JSON object a line: ok, and the import paths in order
//	gostats modules FILE...           one JSON object a line: the module path of a go.mod
//
// Build with GO111MODULE=off GOPATH=/usr/share/gocode (Debian's golang.org/x/mod).
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/mod/modfile"
)

type stats struct {
	Repo     string `json:"repo"`
	Files    int    `json:"files"`
	Lines    int    `json:"lines"`
	Deps     int    `json:"deps"`
	Unparsed int    `json:"unparsed"`
}

type goMod struct {
	File   string `json:"file"`
	Module string `json:"module"`
}

type fileImports struct {
	File    string   `json:"file"`
	OK      bool     `json:"ok"`
	Imports []string `json:"imports"`
}

// ignored is the go tool's rule for a path component: vendor, testdata, or a leading . or _.
func ignored(name string) bool {
	return name == "vendor" || name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")
}

func countLines(src []byte) int {
	n := bytes.Count(src, []byte("\n"))
	if len(src) > 0 && src[len(src)-1] != '\n' {
		n++
	}
	return n
}

// parseImports returns the unquoted import paths of a Go file, or ok=false when go/parser fails.
func parseImports(path string, src []byte) ([]string, bool) {
	f, err := parser.ParseFile(token.NewFileSet(), path, src, parser.ImportsOnly)
	if err != nil {
		return nil, false
	}
	paths := []string{}
	for _, spec := range f.Imports {
		p, err := strconv.Unquote(spec.Path.Value)
		if err != nil {
			return nil, false
		}
		paths = append(paths, p)
	}
	return paths, true
}

// modulePath is the path of a go.mod's module directive, or "" when it has none. A file that
// modfile rejects is read the tolerant way cmd/go sniffs module paths, with modfile.ModulePath.
func modulePath(path string, data []byte) string {
	f, err := modfile.ParseLax(path, data, nil)
	if err != nil {
		return modfile.ModulePath(data)
	}
	if f.Module == nil {
		return ""
	}
	return f.Module.Mod.Path
}

func isDependency(path string, own string, modules []string) bool {
	first := strings.SplitN(path, "/", 2)[0]
	if !strings.Contains(first, ".") {
		return false
	}
	if path == "." || path == ".." || strings.HasPrefix(path, "./") || strings.HasPrefix(path, "../") {
		return false
	}
	lower := strings.ToLower(path)
	if lower == own || strings.HasPrefix(lower, own+"/") {
		return false
	}
	for _, m := range modules {
		if path == m || strings.HasPrefix(path, m+"/") {
			return false
		}
	}
	return true
}

func dirStats(root, repo string) (stats, error) {
	s := stats{Repo: repo}
	imports := map[string]bool{}
	var modules []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if path == root {
			return nil
		}
		if ignored(d.Name()) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() { // directories go on; links are never followed
			return nil
		}
		if d.Name() != "go.mod" && !strings.HasSuffix(d.Name(), ".go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if d.Name() == "go.mod" {
			if m := modulePath(path, src); m != "" {
				modules = append(modules, m)
			}
			return nil
		}
		s.Files++
		s.Lines += countLines(src)
		paths, ok := parseImports(path, src)
		if !ok {
			s.Unparsed++
		}
		for _, p := range paths {
			imports[p] = true
		}
		return nil
	})
	own := strings.ToLower("github.com/" + repo)
	for p := range imports {
		if isDependency(p, own, modules) {
			s.Deps++
		}
	}
	return s, err
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: gostats stats DIR=OWNER/REPO... | gostats imports FILE... | gostats modules FILE...")
		os.Exit(2)
	}
	out := json.NewEncoder(os.Stdout)
	out.SetEscapeHTML(false)
	for _, arg := range os.Args[2:] {
		var record interface{}
		switch os.Args[1] {
		case "stats":
			eq := strings.LastIndex(arg, "=")
			s, err := dirStats(arg[:eq], arg[eq+1:])
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
			record = s
		case "modules":
			src, err := os.ReadFile(arg)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
			record = goMod{File: arg, Module: modulePath(arg, src)}
		case "imports":
			src, err := os.ReadFile(arg)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
			paths, ok := parseImports(arg, src)
			record = fileImports{File: arg, OK: ok, Imports: paths}
		}
		if err := out.Encode(record); err != nil {
			os.Exit(1)
		}
	}
}
