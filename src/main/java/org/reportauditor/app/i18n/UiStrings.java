package org.reportauditor.app.i18n;

import java.util.concurrent.Callable;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.reportauditor.i18n.Messages;
import org.reportauditor.model.Text;

/**
 * The interface language as an observable value. A string bound through here follows a switch of
 * language, so the open window relabels itself.
 */
public final class UiStrings {
    private final ObjectProperty<Messages> messages;

    public UiStrings(Messages initial) {
        this.messages = new SimpleObjectProperty<>(this, "messages", initial);
    }

    public ObjectProperty<Messages> messagesProperty() {
        return messages;
    }

    public Messages messages() {
        return messages.get();
    }

    public boolean isEnglish() {
        return messages.get().isEnglish();
    }

    /** {@code zh} or {@code en}. */
    public String language() {
        return isEnglish() ? "en" : "zh";
    }

    public void setLanguage(String language) {
        if (!language.equals(language())) {
            messages.set(Messages.forLanguage(language));
        }
    }

    public String get(String key, Object... args) {
        return messages.get().get(key, args);
    }

    public String format(Text text) {
        return messages.get().format(text);
    }

    /** The string of {@code key}, in whichever language is chosen. */
    public StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), messages);
    }

    /** A string computed in the chosen language that also depends on other observables. */
    public StringBinding bind(Callable<String> compute, Observable... dependencies) {
        Observable[] all = new Observable[dependencies.length + 1];
        all[0] = messages;
        System.arraycopy(dependencies, 0, all, 1, dependencies.length);
        return Bindings.createStringBinding(compute, all);
    }
}
