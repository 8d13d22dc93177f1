/* PNG encoding through libpng 1.6 to a file.

   As in PNGReader.c, libpng's errors longjmp back to the setjmp in nb_png_write, and every value
   the error path needs lives in the heap-allocated PNGWriter. */

#include "ImageReader.h"

#include <errno.h>
#include <png.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct PNGWriter {
    png_structp png;
    png_infop info;
    FILE *file;
    png_bytep *rows;
    char error[NB_MESSAGE_CAPACITY];
} PNGWriter;

static void png_writer_error(png_structp png, png_const_charp text) {
    PNGWriter *writer = png_get_error_ptr(png);
    nb_copy_message(writer->error, sizeof writer->error, text);
    png_longjmp(png, 1);
}

static void png_writer_warning(png_structp png, png_const_charp text) {
    (void)png;
    (void)text;
}

static void png_writer_write_data(png_structp png, png_bytep data, size_t length) {
    PNGWriter *writer = png_get_io_ptr(png);
    if (fwrite(data, 1, length, writer->file) != length) {
        char text[NB_MESSAGE_CAPACITY];
        nb_format_message(text, sizeof text, "cannot write: %s", strerror(errno));
        png_error(png, text);
    }
}

static void png_writer_flush(png_structp png) {
    (void)png;
}

/* Frees everything; closes the file and returns whether closing succeeded. */
static int png_writer_finish(PNGWriter *writer) {
    if (writer->png != NULL) {
        png_destroy_write_struct(&writer->png, writer->info != NULL ? &writer->info : NULL);
    }
    int closed = 1;
    if (writer->file != NULL) {
        closed = fclose(writer->file) == 0;
        if (!closed && writer->error[0] == '\0') {
            nb_format_message(writer->error, sizeof writer->error, "cannot write: %s", strerror(errno));
        }
    }
    free(writer->rows);
    return closed;
}

static int png_writer_fail(PNGWriter *writer, const char *path, char *message, size_t messageCapacity) {
    int created = writer->file != NULL;
    png_writer_finish(writer);
    if (created) {
        remove(path);
    }
    nb_copy_message(message, messageCapacity, writer->error);
    free(writer);
    return 0;
}

int nb_png_write(const char *path, const void *samples, uint32_t width, uint32_t height,
                 NBPNGPixelFormat format, char *message, size_t messageCapacity) {
    PNGWriter *writer = calloc(1, sizeof *writer);
    if (writer == NULL) {
        nb_copy_message(message, messageCapacity, "out of memory");
        return 0;
    }
    size_t rowBytes = (size_t)width * (format == NBPNGPixelFormatRGB8 ? 3 : 2);
    writer->rows = height > 0 ? malloc(sizeof(png_bytep) * height) : NULL;
    writer->png = png_create_write_struct(PNG_LIBPNG_VER_STRING, writer, png_writer_error, png_writer_warning);
    if (writer->png != NULL) {
        writer->info = png_create_info_struct(writer->png);
    }
    if (writer->info == NULL || (height > 0 && writer->rows == NULL)) {
        nb_copy_message(writer->error, sizeof writer->error, "cannot create the libpng write structures");
        return png_writer_fail(writer, path, message, messageCapacity);
    }
    for (uint32_t row = 0; row < height; row++) {
        writer->rows[row] = (png_bytep)samples + (size_t)row * rowBytes;
    }
    if (setjmp(png_jmpbuf(writer->png))) {
        return png_writer_fail(writer, path, message, messageCapacity);
    }
    int colorType = format == NBPNGPixelFormatRGB8 ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_GRAY;
    int bitDepth = format == NBPNGPixelFormatRGB8 ? 8 : 16;
    png_set_IHDR(writer->png, writer->info, width, height, bitDepth, colorType, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    writer->file = fopen(path, "wb");
    if (writer->file == NULL) {
        nb_format_message(writer->error, sizeof writer->error, "cannot create: %s", strerror(errno));
        return png_writer_fail(writer, path, message, messageCapacity);
    }
    png_set_write_fn(writer->png, writer, png_writer_write_data, png_writer_flush);
    png_write_info(writer->png, writer->info);
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (bitDepth == 16) {
        png_set_swap(writer->png);
    }
#endif
    png_write_image(writer->png, writer->rows);
    png_write_end(writer->png, NULL);
    if (!png_writer_finish(writer)) {
        remove(path);
        nb_copy_message(message, messageCapacity, writer->error);
        free(writer);
        return 0;
    }
    free(writer);
    return 1;
}
