// SPDX-License-Identifier: GPL-3.0-or-later
// LD_PRELOAD shim for save-fault tests: with EPISCOPE_FAULT=fdatasync, fdatasync() and fsync()
// fail with EIO; with EPISCOPE_FAULT=rename, rename() and renameat2() fail with EXDEV; with
// EPISCOPE_FAULT=stall, fdatasync() creates the file named by EPISCOPE_FAULT_MARK and then waits a
// minute, so a test can kill the process in the middle of a save. Anything else passes through to
// the C library. Loaded only into processes the tests start.
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <fcntl.h>
#include <unistd.h>

namespace
{

bool failing(const char *what)
{
    const char *fault = std::getenv("EPISCOPE_FAULT");
    return fault && std::strcmp(fault, what) == 0;
}

template<typename Function> Function next(const char *name)
{
    return reinterpret_cast<Function>(dlsym(RTLD_NEXT, name));
}

} // namespace

extern "C" {

int fdatasync(int fd)
{
    if (failing("stall")) {
        if (const char *mark = std::getenv("EPISCOPE_FAULT_MARK")) {
            const int marker = ::open(mark, O_CREAT | O_WRONLY, 0644);
            if (marker >= 0)
                ::close(marker);
        }
        ::sleep(60);
    }
    if (failing("fdatasync")) {
        errno = EIO;
        return -1;
    }
    return next<int (*)(int)>("fdatasync")(fd);
}

int fsync(int fd)
{
    if (failing("fdatasync")) {
        errno = EIO;
        return -1;
    }
    return next<int (*)(int)>("fsync")(fd);
}

int rename(const char *from, const char *to)
{
    if (failing("rename")) {
        errno = EXDEV;
        return -1;
    }
    return next<int (*)(const char *, const char *)>("rename")(from, to);
}

int renameat2(int fromDir, const char *from, int toDir, const char *to, unsigned int flags)
{
    if (failing("rename")) {
        errno = EXDEV;
        return -1;
    }
    return next<int (*)(int, const char *, int, const char *, unsigned int)>("renameat2")(fromDir, from, toDir, to, flags);
}
}
