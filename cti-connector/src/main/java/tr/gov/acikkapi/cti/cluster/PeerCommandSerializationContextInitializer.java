package tr.gov.acikkapi.cti.cluster;

import org.infinispan.protostream.descriptors.WireType;
import org.wildfly.clustering.marshalling.protostream.AbstractSerializationContextInitializer;
import org.wildfly.clustering.marshalling.protostream.ProtoStreamMarshaller;
import org.wildfly.clustering.marshalling.protostream.ProtoStreamReader;
import org.wildfly.clustering.marshalling.protostream.ProtoStreamWriter;
import org.wildfly.clustering.marshalling.protostream.SerializationContext;

import java.io.IOException;

/**
 * Teaches WildFly's command dispatcher, which marshals with ProtoStream, to carry a {@link PeerCommand}: the schema
 * {@code tr.gov.acikkapi.cti.cluster.proto} and a marshaller writing its kind and body. Found by the dispatcher through
 * {@code META-INF/services} in this module's class loader, which {@link ClusterRelay} gives it.
 */
public class PeerCommandSerializationContextInitializer extends AbstractSerializationContextInitializer {

    private static final int KIND = 1;
    private static final int BODY = 2;
    private static final PeerCommand.Kind[] KINDS = PeerCommand.Kind.values();

    @Override
    public void registerMarshallers(SerializationContext context) {
        context.registerMarshaller(new ProtoStreamMarshaller<PeerCommand>() {
            @Override
            public PeerCommand readFrom(ProtoStreamReader reader) throws IOException {
                int kind = 0;
                byte[] body = new byte[0];
                while (!reader.isAtEnd()) {
                    int tag = reader.readTag();
                    switch (WireType.getTagFieldNumber(tag)) {
                        case KIND -> kind = reader.readUInt32();
                        case BODY -> body = reader.readByteArray();
                        default -> reader.skipField(tag);
                    }
                }
                if (kind < 0 || kind >= KINDS.length) {
                    throw new IOException("unknown request kind " + kind + " from another node");
                }
                return new PeerCommand(KINDS[kind], body);
            }

            @Override
            public void writeTo(ProtoStreamWriter writer, PeerCommand command) throws IOException {
                writer.writeUInt32(KIND, command.kind().ordinal());
                writer.writeBytes(BODY, command.body());
            }

            @Override
            public Class<? extends PeerCommand> getJavaClass() {
                return PeerCommand.class;
            }
        });
    }
}
