package web

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/internal/interop"
	"github.com/scamgraph/scamgraph/model"
)

// maxExportIDs caps the entities one "export what you see" request may name.
const maxExportIDs = 1000

func (s *Server) routeExport() {
	s.mux.HandleFunc("GET /api/export", s.bounded(s.export))
}

// viewReader is the graph as the reader sees it: the entities on screen and the edges among
// them that pass the view's filter, with the evidence and documents behind those edges. It
// reads through the interop exporters, so a view exports exactly like the whole graph does.
type viewReader struct {
	g      interop.Reader
	ids    map[string]bool
	f      graphdb.Filter
	docs   map[string]bool // documents giving evidence for a kept edge
	preds  []string
	maxRnk int
}

func newViewReader(ctx context.Context, g interop.Reader, ids []string, f graphdb.Filter) (*viewReader, error) {
	v := &viewReader{g: g, ids: map[string]bool{}, f: f, docs: map[string]bool{}}
	for _, id := range ids {
		v.ids[id] = true
	}
	min := f.MinGrade
	if min == "" {
		min = model.Alleged
	}
	v.maxRnk = model.GradeRank(min)
	v.preds = f.Predicates
	err := g.ExportEvidence(ctx, graphdb.ExportScope{}, func(ev graphdb.ExportEvidence) error {
		if v.keepEnds(ev.SubjectNode, ev.Predicate, ev.ObjectNode) && model.GradeRank(ev.Grade) <= v.maxRnk {
			v.docs[ev.DocumentURL] = true
		}
		return nil
	})
	return v, err
}

func (v *viewReader) keepEnds(subj, pred, obj string) bool {
	if !v.ids[subj] || !v.ids[obj] {
		return false
	}
	if len(v.preds) > 0 {
		return slices.Contains(v.preds, pred)
	}
	return pred != model.MentionedWith || v.maxRnk >= model.GradeRank(model.CoMentioned)
}

func (v *viewReader) ExportEntities(ctx context.Context, _ graphdb.ExportScope, fn func(graphdb.ExportEntity) error) error {
	return v.g.ExportEntities(ctx, graphdb.ExportScope{}, func(e graphdb.ExportEntity) error {
		if !v.ids[e.ID] {
			return nil
		}
		return fn(e)
	})
}

func (v *viewReader) ExportDocuments(ctx context.Context, _ graphdb.ExportScope, fn func(graphdb.ExportDocument) error) error {
	return v.g.ExportDocuments(ctx, graphdb.ExportScope{}, func(d graphdb.ExportDocument) error {
		if !v.docs[d.URL] {
			return nil
		}
		d.Mentions = slices.DeleteFunc(d.Mentions, func(m graphdb.ExportMention) bool { return !v.ids[m.Entity] })
		return fn(d)
	})
}

func (v *viewReader) ExportEvidence(ctx context.Context, _ graphdb.ExportScope, fn func(graphdb.ExportEvidence) error) error {
	return v.g.ExportEvidence(ctx, graphdb.ExportScope{}, func(ev graphdb.ExportEvidence) error {
		if !v.keepEnds(ev.SubjectNode, ev.Predicate, ev.ObjectNode) || model.GradeRank(ev.Grade) > v.maxRnk {
			return nil
		}
		return fn(ev)
	})
}

func (v *viewReader) ExportEdges(ctx context.Context, _ graphdb.ExportScope, fn func(graphdb.ExportEdge) error) error {
	return v.g.ExportEdges(ctx, graphdb.ExportScope{}, func(e graphdb.ExportEdge) error {
		if !v.keepEnds(e.Subject, e.Predicate, e.Object) || model.GradeRank(e.Grade) > v.maxRnk {
			return nil
		}
		if !v.f.Since.IsZero() && !e.LastSeen.IsZero() && e.LastSeen.Before(v.f.Since) {
			return nil
		}
		if !v.f.Until.IsZero() && !e.FirstSeen.IsZero() && e.FirstSeen.After(v.f.Until) {
			return nil
		}
		return fn(e)
	})
}

// export answers GET /api/export?format=csv|graphml|ftm&ids=A,B,...: the entities on screen,
// the edges among them that pass the filter parameters, and (FtM) the evidence and documents
// behind those edges, as a download.
func (s *Server) export(w http.ResponseWriter, r *http.Request) {
	p := params{q: r.URL.Query()}
	format := p.required("format")
	f := p.filter()
	var ids []string
	for _, v := range p.q["ids"] {
		for _, id := range strings.Split(v, ",") {
			if id = strings.TrimSpace(id); id != "" && !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	if p.err == nil && len(ids) == 0 {
		p.fail("ids is required: the entities to export, comma-separated")
	}
	if p.err == nil && len(ids) > maxExportIDs {
		p.fail("at most %d entities at once", maxExportIDs)
	}
	if p.err == nil && !slices.Contains([]string{"csv", "graphml", "ftm"}, format) {
		p.fail("format must be csv, graphml or ftm")
	}
	if p.err != nil {
		s.fail(w, http.StatusBadRequest, p.err.Error())
		return
	}
	g, ok := s.g.(interop.Reader)
	if !ok {
		s.fail(w, http.StatusNotImplemented, "this graph store cannot export")
		return
	}
	v, err := newViewReader(r.Context(), g, ids, f)
	if err != nil {
		s.reply(w, r, nil, err)
		return
	}
	var buf bytes.Buffer
	var ctype, ext string
	switch format {
	case "graphml":
		ctype, ext = "application/graphml+xml", "graphml"
		_, err = interop.ExportGraphML(r.Context(), v, graphdb.ExportScope{}, &buf)
	case "ftm":
		ctype, ext = "application/x-ndjson", "ftm.json"
		_, err = interop.ExportFtM(r.Context(), v, graphdb.ExportScope{}, &buf)
	case "csv":
		ctype, ext = "application/zip", "csv.zip"
		err = csvZip(r.Context(), v, &buf)
	}
	if err != nil {
		s.reply(w, r, nil, err)
		return
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="scamgraph-view.%s"`, ext))
	_, _ = w.Write(buf.Bytes())
}

// csvZip writes the interop CSV tables (nodes.csv, edges.csv) into one zip for a download.
func csvZip(ctx context.Context, g interop.Reader, buf *bytes.Buffer) error {
	dir, err := os.MkdirTemp("", "scamgraph-export-")
	if err != nil {
		return fmt.Errorf("export csv: %w", err)
	}
	defer os.RemoveAll(dir)
	if _, err := interop.ExportCSV(ctx, g, graphdb.ExportScope{}, dir); err != nil {
		return err
	}
	zw := zip.NewWriter(buf)
	for _, name := range []string{"nodes.csv", "edges.csv"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return fmt.Errorf("export csv: %w", err)
		}
		fw, err := zw.Create(name)
		if err != nil {
			return fmt.Errorf("export csv: %w", err)
		}
		if _, err := fw.Write(b); err != nil {
			return fmt.Errorf("export csv: %w", err)
		}
	}
	return zw.Close()
}
