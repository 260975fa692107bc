// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time tool: renders the SVG application icon to a PNG of the given size, for the desktop's
// fixed-size icon folders. Uses Qt's SVG image plugin; no other dependency.
//   episcope-iconrender SVG SIZE PNG
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = QGuiApplication::arguments();
    bool ok = false;
    const int size = arguments.value(2).toInt(&ok);
    if (arguments.size() != 4 || !ok || size < 8 || size > 1024) {
        std::fprintf(stderr, "usage: episcope-iconrender SVG SIZE PNG\n");
        return 2;
    }
    QImageReader reader(arguments.at(1));
    reader.setScaledSize(QSize(size, size));
    const QImage image = reader.read();
    if (image.isNull()) {
        std::fprintf(stderr, "episcope-iconrender: %s: %s\n", qPrintable(arguments.at(1)), qPrintable(reader.errorString()));
        return 1;
    }
    if (!image.save(arguments.at(3), "PNG")) {
        std::fprintf(stderr, "episcope-iconrender: cannot write %s\n", qPrintable(arguments.at(3)));
        return 1;
    }
    return 0;
}
