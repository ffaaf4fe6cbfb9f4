package graphdb

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"sync"
	"sync/atomic"
	"time"
)

// MaxRecordBytes bounds one Bolt message Neo4j sends to a researcher query: the driver decodes
// a record whole before a caller sees it, and Neo4j's transaction memory limit does not stop
// values such as range(1, 10^8), so without this bound one row could take any amount of memory.
const MaxRecordBytes = 4 << 20

// ErrRowTooLarge is returned when one row of a researcher query's answer exceeds MaxRecordBytes.
var ErrRowTooLarge = errors.New("one row of the answer is larger than the 4 MiB a row may take")

// recordCap relays Bolt between the researcher-query driver and Neo4j on loopback, and cuts a
// connection on which the server sends one message longer than max. It reads only the framing:
// the handshake answer (4 bytes, or the manifest form: marker, version list, capability mask),
// then chunks of a 2-byte length each, a message ending at a zero-length chunk.
type recordCap struct {
	ln     net.Listener
	target string
	max    int
	cuts   atomic.Int64
	mu     sync.Mutex
	conns  map[net.Conn]struct{}
	closed bool
}

// boltTarget returns host:port of a plain bolt:// URI; ok is false for TLS or routing URIs,
// whose traffic the cap cannot follow.
func boltTarget(uri string) (string, bool) {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != "bolt" || u.Hostname() == "" {
		return "", false
	}
	port := u.Port()
	if port == "" {
		port = "7687"
	}
	return net.JoinHostPort(u.Hostname(), port), true
}

func startRecordCap(target string, max int) (*recordCap, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("record cap relay: %w", err)
	}
	c := &recordCap{ln: ln, target: target, max: max, conns: map[net.Conn]struct{}{}}
	go c.accept()
	return c, nil
}

func (c *recordCap) addr() string { return c.ln.Addr().String() }

func (c *recordCap) accept() {
	for {
		client, err := c.ln.Accept()
		if err != nil {
			return
		}
		go c.relay(client)
	}
}

func (c *recordCap) track(conns ...net.Conn) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return false
	}
	for _, x := range conns {
		c.conns[x] = struct{}{}
	}
	return true
}

func (c *recordCap) untrack(conns ...net.Conn) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, x := range conns {
		delete(c.conns, x)
		x.Close()
	}
}

func (c *recordCap) relay(client net.Conn) {
	server, err := net.DialTimeout("tcp", c.target, 10*time.Second)
	if err != nil {
		client.Close()
		return
	}
	if !c.track(client, server) {
		client.Close()
		server.Close()
		return
	}
	defer c.untrack(client, server)
	go func() {
		_, _ = io.Copy(server, client)
		c.untrack(client, server)
	}()
	if err := c.relayServer(bufio.NewReaderSize(server, 64<<10), bufio.NewWriterSize(client, 64<<10)); errors.Is(err, errMessageTooLong) {
		c.cuts.Add(1)
	}
}

var errMessageTooLong = errors.New("bolt message too long")

// relayServer copies the server's side, message by message, until it ends or a message is too long.
func (c *recordCap) relayServer(r *bufio.Reader, w *bufio.Writer) error {
	pass := func(n int) error {
		_, err := io.CopyN(w, r, int64(n))
		return err
	}
	flush := func() error {
		if r.Buffered() == 0 {
			return w.Flush()
		}
		return nil
	}
	head := make([]byte, 4)
	if _, err := io.ReadFull(r, head); err != nil {
		return err
	}
	w.Write(head)
	if head[3] == 0xFF && head[2] == 0x01 { // manifest handshake: versions and capabilities follow
		count, err := passVarint(r, w)
		if err != nil {
			return err
		}
		if count > 1024 {
			return errors.New("bolt handshake lists too many versions")
		}
		if err := pass(int(count) * 4); err != nil {
			return err
		}
		if _, err := passVarint(r, w); err != nil {
			return err
		}
	}
	if err := flush(); err != nil {
		return err
	}
	size := make([]byte, 2)
	msg := 0
	for {
		if _, err := io.ReadFull(r, size); err != nil {
			return err
		}
		n := int(binary.BigEndian.Uint16(size))
		if n == 0 {
			msg = 0
		} else if msg += n; msg > c.max {
			return errMessageTooLong
		}
		w.Write(size)
		if err := pass(n); err != nil {
			return err
		}
		if err := flush(); err != nil {
			return err
		}
	}
}

// passVarint copies a Base128 varint (least significant group first) and returns its value.
func passVarint(r *bufio.Reader, w *bufio.Writer) (uint64, error) {
	var v uint64
	for shift := 0; shift < 64; shift += 7 {
		b, err := r.ReadByte()
		if err != nil {
			return 0, err
		}
		w.WriteByte(b)
		v |= uint64(b&0x7f) << shift
		if b&0x80 == 0 {
			return v, nil
		}
	}
	return 0, errors.New("bolt handshake varint too long")
}

func (c *recordCap) close() {
	c.mu.Lock()
	c.closed = true
	for x := range c.conns {
		x.Close()
	}
	c.mu.Unlock()
	c.ln.Close()
}
