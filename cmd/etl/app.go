package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/urfave/cli/v2"

	"github.com/numtrail/numtrail/pipeline/etl"
)

// Exit codes. They are documented in the README and in `etl --help`.
const (
	exitOK       = 0
	exitFailed   = 1 // the run failed; the previous dataset is untouched
	exitUsage    = 2 // bad flags or arguments
	exitRejected = 3 // the dataset was published, but some documents were rejected
	exitLocked   = 4 // another run holds the lock on the output folder; nothing was done
	// A run stopped by a signal exits 128 + the signal's number, as a shell
	// reports it: 130 for SIGINT (Ctrl-C), 143 for SIGTERM.
	exitSignal = 128
)

var errUsage = errors.New("usage")

// signalled is the cause of the context of a command stopped by a signal.
type signalled struct{ sig syscall.Signal }

func (s signalled) Error() string { return "stopped by " + signalName(s.sig) }

func signalName(sig syscall.Signal) string {
	switch sig {
	case syscall.SIGINT:
		return "SIGINT"
	case syscall.SIGTERM:
		return "SIGTERM"
	}
	return sig.String()
}

// run is main without os.Exit, for tests.
func run(args []string, stdout, stderr io.Writer) int {
	ctx, stop := signalContext()
	defer stop()
	app := newApp(stdout, stderr)
	err := app.RunContext(ctx, args)
	var sig signalled
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, etl.ErrRejected):
		fmt.Fprintf(stderr, "etl: %v\n", err)
		return exitRejected
	case errors.Is(err, errUsage):
		fmt.Fprintf(stderr, "etl: %v\n", err)
		return exitUsage
	case errors.Is(err, etl.ErrLocked):
		fmt.Fprintf(stderr, "etl: %v\n", err)
		return exitLocked
	case errors.As(context.Cause(ctx), &sig):
		fmt.Fprintf(stderr, "etl: %v; nothing was published\n", sig)
		return exitSignal + int(sig.sig)
	default:
		fmt.Fprintf(stderr, "etl: %v\n", err)
		return exitFailed
	}
}

// signalContext returns a context cancelled, with a [signalled] cause, by
// the first SIGINT or SIGTERM. After it, the signals have their default
// effect again: a second Ctrl-C ends the program at once.
func signalContext() (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(context.Background())
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case s := <-sigs:
			signal.Stop(sigs)
			sig, _ := s.(syscall.Signal)
			cancel(signalled{sig})
		case <-done:
		}
	}()
	return ctx, func() {
		signal.Stop(sigs)
		close(done)
		cancel(nil)
	}
}

func newApp(stdout, stderr io.Writer) *cli.App {
	app := &cli.App{
		Name:  "etl",
		Usage: "build the numtrail dataset of UK migration statistics from raw documents",
		Description: "Reads documents under a raw folder, finds every statistic in them, and writes\n" +
			"observations, sources and checks as Parquet and CSV with a datapackage.json.\n\n" +
			"Exit codes: 0 success; 1 the run failed (the previous dataset is left as it was;\n" +
			"also a run with --strict that rejected documents); 2 usage error; 3 the dataset was\n" +
			"published but some documents were rejected (see the sources table); 4 another run\n" +
			"holds the lock on the output folder (nothing was done); 130 or 143 stopped by\n" +
			"SIGINT or SIGTERM (nothing was published).",
		Writer:    stdout,
		ErrWriter: stderr,
		Commands: []*cli.Command{
			runCommand(),
			extractCommand(),
			checksCommand(),
			versionCommand(),
			schemaCommand(),
			inspectCommand(),
			validateCommand(),
			fetchCommand(),
		},
		// errors are mapped to exit codes in run, not by cli.Exit
		ExitErrHandler: func(*cli.Context, error) {},
		OnUsageError:   usageError,
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return fmt.Errorf("%w: no such command %q; see etl --help", errUsage, c.Args().First())
			}
			return cli.ShowAppHelp(c)
		},
	}
	for _, cmd := range app.Commands {
		cmd.OnUsageError = usageError
	}
	return app
}

func usageError(_ *cli.Context, err error, _ bool) error {
	return fmt.Errorf("%w: %v", errUsage, err)
}

// logFlags are the flags every command that logs takes.
func logFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "log-format", Value: "text", Usage: "log format: text (for people) or json (for cron and log collectors)", EnvVars: []string{"ETL_LOG_FORMAT"}},
		&cli.StringFlag{Name: "log-level", Value: "info", Usage: "least important level logged: debug, info, warn or error", EnvVars: []string{"ETL_LOG_LEVEL"}},
	}
}

// newLogger builds the one logger of the program, writing to w (stderr, or
// the progress bar's writer in front of it).
func newLogger(c *cli.Context, w io.Writer) (*slog.Logger, error) {
	var level slog.Level
	if err := level.UnmarshalText([]byte(c.String("log-level"))); err != nil {
		return nil, fmt.Errorf("%w: --log-level %q: want debug, info, warn or error", errUsage, c.String("log-level"))
	}
	opts := &slog.HandlerOptions{Level: level}
	switch c.String("log-format") {
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("%w: --log-format %q: want text or json", errUsage, c.String("log-format"))
}
